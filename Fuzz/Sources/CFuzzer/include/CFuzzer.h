#ifndef NIANBAO_CFUZZER_H
#define NIANBAO_CFUZZER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver entry (compiler-rt, linked by -sanitize=fuzzer): parses libFuzzer's flags from argv and
/// fuzzes `callback`. Used instead of libFuzzer's own main, which SwiftPM's executable linking replaces.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
