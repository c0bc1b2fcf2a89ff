// The declaration in include/CFuzzer.h is the whole module; libFuzzer provides the definition.
#include "CFuzzer.h"
