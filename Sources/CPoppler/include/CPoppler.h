#ifndef NIANBAO_CPOPPLER_H
#define NIANBAO_CPOPPLER_H
/* Poppler's GLib interface (text with the box of every character, page rendering) and cairo, which pages are
   rendered through to find a table's ruling lines, loaded at run time (dlopen) the first time a PDF is read:
   a process that reads no PDF never loads poppler, cairo, GLib and their forty dependencies (about 6 ms at every
   start). Only NianbaoPDF imports this module.

   The few types nianbao touches are declared here with the layout of poppler's and GLib's public headers (stable
   ABI: GError, GList, PopplerRectangle, PopplerImageMapping); every object is an opaque pointer. */
#include <stddef.h>
#include <stdint.h>


typedef struct { uint32_t domain; int code; char *_Nullable message; } NBGError;
typedef struct NBGList {
  void *_Nullable data;
  struct NBGList *_Nullable next;
  struct NBGList *_Nullable prev;
} NBGList;
typedef struct { double x1, y1, x2, y2; } NBPopplerRectangle;
typedef struct { NBPopplerRectangle area; int image_id; } NBPopplerImageMapping;

/* poppler's PopplerError code of an encrypted document; cairo's RGB24 format and success status. */
enum { NB_POPPLER_ERROR_ENCRYPTED = 1, NB_CAIRO_FORMAT_RGB24 = 1, NB_CAIRO_STATUS_SUCCESS = 0 };

/* The functions nianbao calls, resolved from libpoppler-glib and its dependencies. */
typedef struct {
  void *_Nonnull (*_Nonnull g_bytes_new)(const void *_Nullable data, size_t size);
  void (*_Nonnull g_bytes_unref)(void *_Nonnull bytes);
  void (*_Nonnull g_error_free)(NBGError *_Nonnull error);
  void (*_Nonnull g_free)(void *_Nullable memory);
  void (*_Nonnull g_object_unref)(void *_Nonnull object);
  void *_Nullable (*_Nonnull poppler_document_new_from_bytes)(void *_Nonnull bytes, const char *_Nullable password,
                                                              NBGError *_Nullable *_Nullable error);
  int (*_Nonnull poppler_document_get_n_pages)(void *_Nonnull document);
  void *_Nullable (*_Nonnull poppler_document_get_page)(void *_Nonnull document, int index);
  void (*_Nonnull poppler_page_get_size)(void *_Nonnull page, double *_Nonnull width, double *_Nonnull height);
  char *_Nullable (*_Nonnull poppler_page_get_text)(void *_Nonnull page);
  int (*_Nonnull poppler_page_get_text_layout)(void *_Nonnull page, NBPopplerRectangle *_Nullable *_Nonnull rectangles,
                                               unsigned int *_Nonnull count);
  NBGList *_Nullable (*_Nonnull poppler_page_get_image_mapping)(void *_Nonnull page);
  void (*_Nonnull poppler_page_free_image_mapping)(NBGList *_Nonnull list);
  void (*_Nonnull poppler_page_render_for_printing)(void *_Nonnull page, void *_Nonnull cairo);
  void *_Nullable (*_Nonnull cairo_image_surface_create)(int format, int width, int height);
  void (*_Nonnull cairo_surface_destroy)(void *_Nonnull surface);
  int (*_Nonnull cairo_surface_status)(void *_Nonnull surface);
  void *_Nullable (*_Nonnull cairo_create)(void *_Nonnull surface);
  void (*_Nonnull cairo_set_source_rgb)(void *_Nonnull cairo, double red, double green, double blue);
  void (*_Nonnull cairo_paint)(void *_Nonnull cairo);
  void (*_Nonnull cairo_scale)(void *_Nonnull cairo, double x, double y);
  void (*_Nonnull cairo_destroy)(void *_Nonnull cairo);
  void (*_Nonnull cairo_surface_flush)(void *_Nonnull surface);
  unsigned char *_Nullable (*_Nonnull cairo_image_surface_get_data)(void *_Nonnull surface);
  int (*_Nonnull cairo_image_surface_get_stride)(void *_Nonnull surface);
} NBPoppler;

/* The functions, loaded once (thread-safe); NULL when poppler cannot be loaded, and then `nb_poppler_failure`
   says why in a sentence. */
const NBPoppler *_Nullable nb_poppler(void);
const char *_Nonnull nb_poppler_failure(void);


#endif
