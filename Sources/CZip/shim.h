#ifndef NIANBAO_CZIP_SHIM_H
#define NIANBAO_CZIP_SHIM_H
#include <zip.h>
/* zlib, which libzip deflates with: large worksheets are deflated by nianbao on a second thread (RawDeflater). */
#include <zlib.h>
#endif
