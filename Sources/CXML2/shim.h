#ifndef NIANBAO_CXML2_SHIM_H
#define NIANBAO_CXML2_SHIM_H
/* xmlversion.h first, then drop ICU: Debian's libxml2 is built with ICU and its
   headers clash with Foundation's own ICU module otherwise. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
/* The HTML carrier: libxml2's HTML push parser, and xmlSwitchToEncoding to tell it a page's declared encoding. */
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#endif
