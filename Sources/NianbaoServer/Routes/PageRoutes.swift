import Hummingbird
import NianbaoReport

/// The page and its own files, all served by the binary (no network needed): `/` (``PageHTML``), `/app.js`
/// (``PageScript``), `/app.css`, `/favicon.svg` and `/report.css` (the report page's style sheet, ``ReportPage/styleSheet``, with
/// the page's additions, see ``PageStyleSheet``).
public struct PageRoutes: Sendable {
  /// The routes.
  public init() {}

  /// Adds the routes.
  public func add(to router: Router<some RequestContext>) {
    let page = Array(PageHTML.text.utf8)
    let script = Array(PageScript.text.utf8)
    let style = Array(PageStyleSheet.app.utf8)
    let icon = Array(PageStyleSheet.icon.utf8)
    let reportStyle = Array((ReportPage.styleSheet + PageStyleSheet.reportAdditions).utf8)
    router.get("/") { _, _ in Responses.bytes(page, contentType: "text/html; charset=utf-8") }
    router.get("/index.html") { _, _ in Responses.bytes(page, contentType: "text/html; charset=utf-8") }
    router.get("/app.js") { _, _ in Responses.bytes(script, contentType: "text/javascript; charset=utf-8") }
    router.get("/app.css") { _, _ in Responses.bytes(style, contentType: "text/css; charset=utf-8") }
    router.get("/favicon.svg") { _, _ in Responses.bytes(icon, contentType: "image/svg+xml") }
    router.get("/report.css") { _, _ in Responses.bytes(reportStyle, contentType: "text/css; charset=utf-8") }
  }
}
