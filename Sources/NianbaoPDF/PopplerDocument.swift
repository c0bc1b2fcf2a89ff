import CPoppler

/// A PDF opened through poppler's GLib interface: the only place the functions of poppler, GLib and cairo are
/// called. poppler is loaded the first time a PDF is read (``CPoppler``'s loader); a machine without it gets a
/// ``PDFError`` of kind ``PDFError/Kind/unavailable`` naming the package to install. Not thread-safe: one document
/// per reader call.
final class PopplerDocument {
  private let poppler: NBPoppler
  private let document: UnsafeMutableRawPointer
  private let bytes: UnsafeMutableRawPointer

  /// The number of pages.
  let pageCount: Int

  /// Opens a PDF from its bytes; poppler's errors become ``PDFError``.
  init(bytes data: [UInt8], name: String) throws(PDFError) {
    guard let poppler = nb_poppler()?.pointee else {
      throw PDFError(.unavailable, "\(name) cannot be read: " + String(cString: nb_poppler_failure()))
    }
    self.poppler = poppler
    let gbytes = data.withUnsafeBytes { poppler.g_bytes_new($0.baseAddress, $0.count) }
    var error: UnsafeMutablePointer<NBGError>?
    guard let document = poppler.poppler_document_new_from_bytes(gbytes, nil, &error) else {
      poppler.g_bytes_unref(gbytes)
      let code = error?.pointee.code ?? 0
      let detail = error?.pointee.message.map { String(cString: $0) } ?? "unknown error"
      if let error { poppler.g_error_free(error) }
      if code == Int32(NB_POPPLER_ERROR_ENCRYPTED) {
        throw PDFError(.encrypted, "\(name) is encrypted: it cannot be opened without its password.")
      }
      throw PDFError(.damaged, "\(name) is a damaged PDF that cannot be opened (\(detail)).")
    }
    self.document = document
    self.bytes = gbytes
    self.pageCount = Int(poppler.poppler_document_get_n_pages(document))
  }

  deinit {
    poppler.g_object_unref(document)
    poppler.g_bytes_unref(bytes)
  }

  /// What one page holds: its size, its characters with their boxes, and the area its images cover.
  struct PageContent {
    var width: Double
    var height: Double
    var glyphs: [Glyph]
    var imageArea: Double
  }

  /// The content of page `index` (0-based); `nil` when poppler cannot load the page.
  func page(_ index: Int, maxCharacters: Int) -> (content: PageContent?, tooManyCharacters: Bool) {
    guard let page = poppler.poppler_document_get_page(document, Int32(index)) else { return (nil, false) }
    defer { poppler.g_object_unref(page) }
    var width = 0.0
    var height = 0.0
    poppler.poppler_page_get_size(page, &width, &height)
    var glyphs: [Glyph] = []
    var rectangles: UnsafeMutablePointer<NBPopplerRectangle>?
    var count: UInt32 = 0
    if let text = poppler.poppler_page_get_text(page) {
      defer { poppler.g_free(text) }
      if poppler.poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles {
        defer { poppler.g_free(rectangles) }
        let string = String(cString: text)
        var index = 0
        for scalar in string.unicodeScalars where index < Int(count) {
          defer { index += 1 }
          if scalar.properties.isWhitespace { continue }
          if glyphs.count >= maxCharacters { return (nil, true) }
          let box = rectangles[index]
          glyphs.append(
            Glyph(
              character: Character(scalar), x0: min(box.x1, box.x2), y0: min(box.y1, box.y2),
              x1: max(box.x1, box.x2), y1: max(box.y1, box.y2)))
        }
      }
    }
    var imageArea = 0.0
    if let mapping = poppler.poppler_page_get_image_mapping(page) {
      var node: UnsafeMutablePointer<NBGList>? = mapping
      while let current = node {
        if let data = current.pointee.data {
          let area = data.assumingMemoryBound(to: NBPopplerImageMapping.self).pointee.area
          imageArea += abs((area.x2 - area.x1) * (area.y2 - area.y1))
        }
        node = current.pointee.next
      }
      poppler.poppler_page_free_image_mapping(mapping)
    }
    return (PageContent(width: width, height: height, glyphs: glyphs, imageArea: imageArea), false)
  }

  /// Page `index` rendered on white at `scale` pixels per point, as one luminance byte per pixel (0 black, 255
  /// white; coloured pixels white), row by row; `nil` when the page cannot be rendered.
  func luminance(_ index: Int, scale: Double) -> (pixels: [UInt8], width: Int, height: Int)? {
    guard let page = poppler.poppler_document_get_page(document, Int32(index)) else { return nil }
    defer { poppler.g_object_unref(page) }
    var width = 0.0
    var height = 0.0
    poppler.poppler_page_get_size(page, &width, &height)
    let pixelWidth = Int32(min(max(width * scale, 1), 4000))
    let pixelHeight = Int32(min(max(height * scale, 1), 4000))
    guard let surface = poppler.cairo_image_surface_create(Int32(NB_CAIRO_FORMAT_RGB24), pixelWidth, pixelHeight)
    else { return nil }
    defer { poppler.cairo_surface_destroy(surface) }
    guard poppler.cairo_surface_status(surface) == Int32(NB_CAIRO_STATUS_SUCCESS),
      let context = poppler.cairo_create(surface)
    else {
      return nil
    }
    poppler.cairo_set_source_rgb(context, 1, 1, 1)
    poppler.cairo_paint(context)
    poppler.cairo_scale(context, Double(pixelWidth) / max(width, 1), Double(pixelHeight) / max(height, 1))
    poppler.poppler_page_render_for_printing(page, context)
    poppler.cairo_destroy(context)
    poppler.cairo_surface_flush(surface)
    guard let data = poppler.cairo_image_surface_get_data(surface) else { return nil }
    let stride = Int(poppler.cairo_image_surface_get_stride(surface))
    let columns = Int(pixelWidth)
    let rows = Int(pixelHeight)
    var pixels = [UInt8](repeating: 255, count: columns * rows)
    for row in 0..<rows {
      let line = data + row * stride
      for column in 0..<columns {
        let pixel = line + column * 4
        let high = max(pixel[0], pixel[1], pixel[2])
        let low = min(pixel[0], pixel[1], pixel[2])
        // Coloured pixels (a shaded header row) count as paper: rules and text are black or grey.
        pixels[row * columns + column] =
          high - low > 24 ? 255 : UInt8((Int(pixel[0]) + Int(pixel[1]) + Int(pixel[2])) / 3)
      }
    }
    return (pixels, columns, rows)
  }
}
