#include "CPoppler.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static NBPoppler functions;
static const NBPoppler *loaded = NULL;
static char failure[512] = "";
static pthread_once_t once = PTHREAD_ONCE_INIT;

/* The library names tried, newest soname first; the unversioned name is what the -dev package installs. */
static const char *const libraries[] = {"libpoppler-glib.so.8", "libpoppler-glib.so"};

static void load(void) {
  void *library = NULL;
  for (size_t index = 0; index < sizeof libraries / sizeof libraries[0] && library == NULL; index++) {
    library = dlopen(libraries[index], RTLD_NOW | RTLD_LOCAL);
  }
  if (library == NULL) {
    const char *reason = dlerror();
    snprintf(failure, sizeof failure,
             "PDFs are read through poppler, which is not installed here (%s); install it with "
             "`apt-get install libpoppler-glib8`.",
             reason ? reason : "libpoppler-glib.so.8 not found");
    return;
  }
#define RESOLVE(name)                                                                                            \
  do {                                                                                                           \
    void *symbol = dlsym(library, #name);                                                                        \
    if (symbol == NULL) {                                                                                        \
      snprintf(failure, sizeof failure,                                                                          \
               "The poppler installed here lacks the function " #name "; PDFs cannot be read with it.");         \
      return;                                                                                                    \
    }                                                                                                            \
    memcpy(&functions.name, &symbol, sizeof symbol);                                                             \
  } while (0)
  RESOLVE(g_bytes_new);
  RESOLVE(g_bytes_unref);
  RESOLVE(g_error_free);
  RESOLVE(g_free);
  RESOLVE(g_object_unref);
  RESOLVE(poppler_document_new_from_bytes);
  RESOLVE(poppler_document_get_n_pages);
  RESOLVE(poppler_document_get_page);
  RESOLVE(poppler_page_get_size);
  RESOLVE(poppler_page_get_text);
  RESOLVE(poppler_page_get_text_layout);
  RESOLVE(poppler_page_get_image_mapping);
  RESOLVE(poppler_page_free_image_mapping);
  RESOLVE(poppler_page_render_for_printing);
  RESOLVE(cairo_image_surface_create);
  RESOLVE(cairo_surface_destroy);
  RESOLVE(cairo_surface_status);
  RESOLVE(cairo_create);
  RESOLVE(cairo_set_source_rgb);
  RESOLVE(cairo_paint);
  RESOLVE(cairo_scale);
  RESOLVE(cairo_destroy);
  RESOLVE(cairo_surface_flush);
  RESOLVE(cairo_image_surface_get_data);
  RESOLVE(cairo_image_surface_get_stride);
#undef RESOLVE
  loaded = &functions;
}

const NBPoppler *nb_poppler(void) {
  pthread_once(&once, load);
  return loaded;
}

const char *nb_poppler_failure(void) {
  pthread_once(&once, load);
  return failure;
}
