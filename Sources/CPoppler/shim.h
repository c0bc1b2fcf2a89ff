#ifndef NIANBAO_CPOPPLER_SHIM_H
#define NIANBAO_CPOPPLER_SHIM_H
/* Poppler's GLib interface (text with the box of every character, page rendering) and cairo, which pages are
   rendered through to find a table's ruling lines. Only NianbaoPDF imports this module. */
#include <poppler.h>
#include <cairo.h>
#endif
