#!/usr/bin/env python3
"""The page of `nianbao serve` in real headless Chromium, driven by Selenium (Debian's chromium and chromedriver).

Starts the server on a free loopback port, then: uploads Samples/clerk_imbalance_2022.xlsx and checks that every
expected finding is listed with its rule and sentence and marks its cell; clicks a finding and checks that its cell
is selected and scrolled into view; downloads the JSON (compared with `nianbao import`'s output), the XLSX, the CSV
(compared with the CLI's) and the page; uploads a hostile file and checks the error sentence (the CLI's) and that
the page stays usable; uploads a report whose organ is a script tag and checks that it shows as text; uploads the
office's folder (Samples/, as `nianbao check Samples/` reads it) and checks the summary table against
`nianbao check` and the sum; clicks a row to open its report; downloads both templates (compared with
`nianbao template`); switches to English. Fails on any Content-Security-Policy violation or other console error.
The server is stopped with SIGTERM and must exit 0. Screenshots: serve_report.png and serve_office.png in
--screenshots (docs/ for the README's).

Usage: python3 scripts/browser_serve.py [--nianbao .build/debug/nianbao] [--screenshots docs]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(ROOT, "Samples")
HOSTILE = os.path.join(os.path.dirname(ROOT), "shared", "fixtures", "bad", "zip-bomb-small.xlsx")
REPORT_ENDINGS = (".xlsx", ".docx", ".doc", ".wps", ".html", ".htm", ".shtml", ".pdf", ".txt", ".json")
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL: " + message, file=sys.stderr)


def start_server(nianbao):
    process = subprocess.Popen([nianbao, "serve", "--port", "0"], stdout=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)", line)
    if not match:
        process.kill()
        sys.exit("nianbao serve did not say where it listens: " + line)
    return process, "http://127.0.0.1:" + match.group(1)


def browser(downloads):
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1500,1300", "--lang=zh-CN",
                     "--disable-dev-shm-usage"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {
        "download.default_directory": downloads, "download.prompt_for_download": False,
        "safebrowsing.enabled": False})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    driver.set_page_load_timeout(30)
    return driver


def wait(driver, condition, what, seconds=60):
    try:
        return WebDriverWait(driver, seconds).until(lambda d: condition(d))
    except Exception:
        failures.append("timed out waiting for " + what)
        raise


def shadow(driver):
    return driver.find_element(By.ID, "report-page").shadow_root


def cell(driver, anchor):
    return shadow(driver).find_element(By.CSS_SELECTOR, '[id="%s"]' % anchor)


def cli(nianbao, *arguments):
    return subprocess.run([nianbao, *arguments], capture_output=True, cwd=ROOT)


def upload_report(driver, path):
    driver.find_element(By.ID, "file-report").send_keys(path)


def report_shown(driver, file_name):
    return (driver.find_element(By.ID, "report-result").is_displayed()
            and driver.find_element(By.ID, "meta-file").text == file_name)


def downloaded(folder, name, seconds=30):
    path = os.path.join(folder, name)
    deadline = time.time() + seconds
    while time.time() < deadline:
        if os.path.exists(path) and not os.path.exists(path + ".crdownload"):
            return path
        time.sleep(0.2)
    return None


def report_view(driver, nianbao, downloads, screenshots):
    sample = os.path.join(SAMPLES, "clerk_imbalance_2022.xlsx")
    upload_report(driver, sample)
    wait(driver, lambda d: report_shown(d, "clerk_imbalance_2022.xlsx"), "the sample's report")
    check(driver.find_element(By.ID, "meta-organ").text == "示例县示例镇", "organ shown")
    check(driver.find_element(By.ID, "meta-year").text == "2022", "year shown")
    check(driver.find_element(By.ID, "meta-version").text == "2021", "version shown")
    expected = json.load(open(os.path.join(SAMPLES, "clerk_imbalance_2022.findings.json"), encoding="utf-8"))
    items = driver.find_elements(By.CSS_SELECTOR, "#findings-list li")
    check(len(items) == len(expected["findings"]), "%d findings listed, %d expected" % (
        len(items), len(expected["findings"])))
    severity_words = {"error": "错误", "warning": "警告", "info": "提示"}
    for finding, item in zip(expected["findings"], items):
        line = "%s [%s] %s" % (severity_words[finding["severity"]], finding["rule"], finding["message"]["zh"])
        check(item.text == line, "finding listed as the CLI prints it: %r, not %r" % (line, item.text))
        if finding["cell"]:
            classes = cell(driver, "cell-" + finding["cell"]).get_attribute("class")
            check("mark-" in classes, "cell %s marked (%s)" % (finding["cell"], classes))
    # Column widths come through the CSSOM (the policy allows no style attribute).
    width = shadow(driver).find_element(By.CSS_SELECTOR, "col").value_of_css_property("width")
    check(width not in ("", "auto", "0px"), "column widths applied (%s)" % width)
    # Click the R4 finding (table 四, at the end of the page): its cell is selected and scrolled into view.
    target = next(i for i, f in enumerate(expected["findings"]) if f["rule"] == "R4")
    anchor = "cell-" + expected["findings"][target]["cell"]
    driver.execute_script("document.getElementById('report-page').scrollTop = 0")
    items[target].click()
    time.sleep(0.5)
    element = cell(driver, anchor)
    check("selected" in element.get_attribute("class"), "clicked finding's cell selected")
    visible = driver.execute_script("""
        const cell = arguments[0], box = document.getElementById('report-page');
        const c = cell.getBoundingClientRect(), b = box.getBoundingClientRect();
        return c.top >= b.top && c.bottom <= b.bottom && c.top >= 0 && c.bottom <= window.innerHeight
          && box.scrollTop > 0;""", element)
    check(visible, "clicked finding's cell scrolled into view")
    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(os.path.join(screenshots, "serve_report.png"))
    # The JSON download is byte for byte what `nianbao import` writes.
    driver.find_element(By.ID, "dl-json").click()
    path = downloaded(downloads, "示例县示例镇_2022.json")
    check(path is not None, "JSON downloaded")
    if path:
        imported = cli(nianbao, "import", sample).stdout
        check(open(path, "rb").read() == imported, "downloaded JSON equals nianbao import's output")
    driver.find_element(By.ID, "dl-xlsx").click()
    path = downloaded(downloads, "示例县示例镇_2022.xlsx")
    check(path is not None and open(path, "rb").read(2) == b"PK", "official XLSX downloaded")
    driver.find_element(By.ID, "dl-csv").click()
    path = downloaded(downloads, "示例县示例镇_2022.findings.csv")
    check(path is not None, "findings CSV downloaded")
    if path:
        # `nianbao check FILE --format csv` names the file as given; the page names it by its own name.
        csv = cli(nianbao, "check", "Samples/clerk_imbalance_2022.xlsx", "--format", "csv").stdout.decode("utf-8")
        check(open(path, encoding="utf-8", newline="").read() == csv.replace(
            "\r\nSamples/clerk_imbalance_2022.xlsx,", "\r\nclerk_imbalance_2022.xlsx,"),
            "downloaded CSV is the CLI's")
    driver.find_element(By.ID, "dl-html").click()
    check(downloaded(downloads, "示例县示例镇_2022.html") is not None, "page downloaded")


def hostile_file(driver, nianbao):
    upload_report(driver, HOSTILE)
    box = wait(driver, lambda d: d.find_element(By.ID, "error-report") if d.find_element(
        By.ID, "error-report").is_displayed() else None, "the hostile file's error")
    sentence = cli(nianbao, "import", HOSTILE).stderr.decode("utf-8").strip()
    sentence = sentence[len("nianbao: "):] if sentence.startswith("nianbao: ") else sentence
    check(sentence in box.text, "hostile file's error is the CLI's sentence: %r in %r" % (sentence, box.text))
    check(not driver.find_element(By.ID, "report-result").is_displayed(), "no stale report after an error")
    # Still usable: the sample again.
    upload_report(driver, os.path.join(SAMPLES, "xiasizhen_2021.docx"))
    wait(driver, lambda d: report_shown(d, "xiasizhen_2021.docx"), "a report after the error")
    check(not driver.find_element(By.ID, "error-report").is_displayed(), "the error is gone")


def escaped_organ(driver, folder):
    report = json.load(open(os.path.join(SAMPLES, "xiasizhen_2021.json"), encoding="utf-8"))
    report["organ"] = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    path = os.path.join(folder, "hostile_organ.json")
    json.dump(report, open(path, "w", encoding="utf-8"), ensure_ascii=False)
    upload_report(driver, path)
    wait(driver, lambda d: report_shown(d, "hostile_organ.json"), "the report with a script for its organ")
    check(driver.find_element(By.ID, "meta-organ").text == report["organ"], "organ shown as text")
    title = shadow(driver).find_element(By.CSS_SELECTOR, "h1").text
    check(report["organ"] in title, "organ shown as text in the page's title")
    try:
        driver.switch_to.alert
        check(False, "a script from the report ran")
    except NoAlertPresentException:
        pass


def office_view(driver, nianbao, screenshots):
    driver.find_element(By.ID, "tab-office").click()
    names = sorted(n for n in os.listdir(SAMPLES) if n.lower().endswith(REPORT_ENDINGS)
                   and not n.lower().endswith(".findings.json") and not n.startswith("."))
    driver.find_element(By.ID, "files-office").send_keys("\n".join(os.path.join(SAMPLES, n) for n in names))
    wait(driver, lambda d: d.find_element(By.ID, "office-result").is_displayed(), "the office's summary")
    rows = driver.find_elements(By.CSS_SELECTOR, "#office-table tbody tr")
    review = json.loads(cli(nianbao, "check", "Samples", "--format", "json").stdout)
    check(len(rows) == len(review["files"]) == len(names), "one row per file (%d rows, %d files)" % (
        len(rows), len(review["files"])))
    table = cli(nianbao, "check", "Samples", "--quiet").stdout.decode("utf-8").splitlines()[1:-1]
    cli_order = [line.split()[0].split("/")[-1] for line in table]
    page_order = [row.find_elements(By.TAG_NAME, "td")[0].text for row in rows]
    check(page_order == cli_order, "worst first as nianbao check: %s vs %s" % (page_order, cli_order))
    wait(driver, lambda d: d.find_element(By.ID, "sum-result").is_displayed()
         or d.find_element(By.ID, "error-sum").is_displayed(), "the sum")
    clean = [f for f in review["files"] if f["error"] is None and f["summary"]["error"] == 0]
    versions = sorted({f["formatVersion"] for f in clean},
                      key=lambda v: (-sum(f["formatVersion"] == v for f in clean), -v))
    clean = [f["file"].split("/")[-1] for f in clean if f["formatVersion"] == versions[0]]
    summary = driver.find_element(By.ID, "sum-inputs").text
    check(driver.find_element(By.ID, "sum-result").is_displayed(), "the clean reports summed")
    check(all(name in summary for name in clean), "every clean report in the sum: %s" % summary)
    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(os.path.join(screenshots, "serve_office.png"))
    # A row opens its report.
    first = rows[0].find_elements(By.TAG_NAME, "td")[0].text
    rows[0].click()
    wait(driver, lambda d: report_shown(d, first) or d.find_element(By.ID, "error-report").is_displayed(),
         "the report of the first row")


def templates(driver, nianbao, downloads):
    driver.find_element(By.ID, "tab-templates").click()
    for version in ("2019", "2021"):
        driver.find_element(By.ID, "template-" + version).click()
        path = downloaded(downloads, "template_%s.xlsx" % version)
        check(path is not None, "template %s downloaded" % version)
        if path:
            expected = cli(nianbao, "template", "--version", version).stdout
            check(open(path, "rb").read() == expected, "template %s is nianbao template's" % version)


def english(driver):
    driver.find_element(By.ID, "tab-report").click()
    upload_report(driver, os.path.join(SAMPLES, "clerk_imbalance_2022.xlsx"))
    wait(driver, lambda d: report_shown(d, "clerk_imbalance_2022.xlsx"), "the sample again")
    driver.find_element(By.ID, "lang").click()
    wait(driver, lambda d: d.find_element(By.ID, "findings-list").text.startswith("error [")
         or d.find_element(By.ID, "findings-list").text.startswith("warning [")
         or d.find_element(By.ID, "findings-list").text.startswith("info ["), "the findings in English")
    check(driver.find_element(By.ID, "tab-report").text == "One report", "page texts in English")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--nianbao", default=os.path.join(ROOT, ".build", "debug", "nianbao"))
    parser.add_argument("--screenshots", default=os.path.join(ROOT, "docs"))
    arguments = parser.parse_args()
    nianbao = os.path.abspath(arguments.nianbao)
    server, address = start_server(nianbao)
    downloads = tempfile.mkdtemp(prefix="nianbao-browser-")
    driver = None
    try:
        driver = browser(downloads)
        driver.get(address + "/")
        wait(driver, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "1", "the page")
        check(driver.find_element(By.ID, "tab-report").text == "单份报告", "page in Chinese")
        report_view(driver, nianbao, downloads, arguments.screenshots)
        hostile_file(driver, nianbao)
        escaped_organ(driver, downloads)
        office_view(driver, nianbao, arguments.screenshots)
        templates(driver, nianbao, downloads)
        english(driver)
        for entry in driver.get_log("browser"):
            # The hostile file's 422 is expected; anything else severe, or any policy violation, is not.
            expected_error = "/api/import" in entry["message"] and "status of 422" in entry["message"]
            if "Content Security Policy" in entry["message"] or (entry["level"] == "SEVERE" and not expected_error):
                check(False, "browser console: " + entry["message"])
    except Exception as error:
        failures.append("%s: %s" % (type(error).__name__, error))
    finally:
        if driver:
            driver.quit()
        server.terminate()
        try:
            status = server.wait(timeout=15)
            check(status == 0, "nianbao serve stopped by SIGTERM with status %d" % status)
        except subprocess.TimeoutExpired:
            server.kill()
            failures.append("nianbao serve did not stop within 15 s of SIGTERM")
        subprocess.run(["rm", "-rf", downloads])
    if failures:
        print("browser test: %d failures" % len(failures), file=sys.stderr)
        for failure in failures:
            print("  " + failure, file=sys.stderr)
        sys.exit(1)
    print("browser test: the page works in Chromium (report, findings, downloads, errors, office, English)")


if __name__ == "__main__":
    main()
