"""What a page must pass in the browser, each check returning what it found.

Every check returns a list of plain-language findings (empty when the page
passes), so a failing test prints what a developer needs to fix: the axe rule
ids with the elements they flagged, or the elements wider than the screen.
"""

import re
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe

# Where the browser tests leave failure screenshots and the walk's report
# (gitignored), beside the rest of a run's reports.
RESULTS = Path(__file__).resolve().parents[2] / "test-results"

# The WCAG 2.1 A and AA rules of axe-core (the bar; best practices and
# AAA rules are not asked for).
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": WCAG_21_AA},
    "resultTypes": ["violations"],
}
axe = Axe()

# The elements that stick out past the viewport's end edge (the right, or the
# left in a right-to-left page), outermost first: their children stick out too,
# and say less. Elements hidden off the start edge cause no scrolling.
WIDER_THAN_VIEWPORT = """
() => {
  const width = document.documentElement.clientWidth;
  const rtl = getComputedStyle(document.documentElement).direction === "rtl";
  const found = [];
  for (const element of document.body.querySelectorAll("*")) {
    const box = element.getBoundingClientRect();
    const sticksOut = rtl ? box.left < -1 : box.right > width + 1;
    if (sticksOut && box.width > 0 && !found.some((outer) => outer.contains(element))) {
      found.push(element);
    }
  }
  return found.slice(0, 5).map((element) => {
    const box = element.getBoundingClientRect();
    const name = element.tagName.toLowerCase()
      + (element.id ? "#" + element.id : "")
      + (element.classList.length ? "." + [...element.classList].join(".") : "");
    return `${name} spans ${Math.round(box.left)}..${Math.round(box.right)} px`;
  });
}
"""


def accessibility_violations(page):
    """axe-core's WCAG 2.1 A/AA violations on the page as it is now, one line
    per rule: its id, impact and the elements it flagged. axe-core is added to
    a loaded page once: the walk checks a page at its second width without
    loading it again, and ``Axe.run`` would add its half megabyte again."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(axe.axe_script)
    response = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
    return [
        f"{violation['id']} ({violation['impact']}): "
        + "; ".join(" ".join(node["target"]) for node in violation["nodes"])
        for violation in response["violations"]
    ]


def horizontal_scrolling(page):
    """Empty when the page fits its viewport's width (WCAG 1.4.10, reflow);
    otherwise the page's scroll width and the elements sticking out."""
    viewport = page.viewport_size["width"]
    scroll_width = page.evaluate("document.scrollingElement.scrollWidth")
    if scroll_width <= viewport:
        return []
    return [
        f"the page is {scroll_width} px wide in a {viewport} px viewport",
        *page.evaluate(WIDER_THAN_VIEWPORT),
    ]


def broken_images(page):
    """The images the browser tried and failed to load (a resident sees a
    broken picture): their addresses."""
    return page.evaluate(
        "[...document.images]"
        ".filter((image) => image.complete && image.naturalWidth === 0)"
        ".map((image) => image.currentSrc || image.src)"
    )


def language_attributes(page):
    """The <html> element's lang and dir, as a screen reader reads them."""
    return page.evaluate(
        "[document.documentElement.lang, document.documentElement.dir]"
    )


def heading_language(page):
    """The language the page's main heading is marked with (its nearest lang):
    the content's own language when the page falls back to another one."""
    return page.evaluate(
        """() => {
          const heading = document.querySelector("main h1, h1");
          const marked = heading && heading.closest("[lang]");
          const direction = heading && heading.closest("[dir]");
          return marked ? [marked.lang, direction ? direction.dir : ""] : null;
        }"""
    )


def save_screenshot(page, test_id, folder=RESULTS):
    """A full-page screenshot of the tab, named after the test; its path."""
    folder.mkdir(exist_ok=True)
    name = re.sub(r"[^\w.-]+", "_", test_id.removeprefix("tests/browser/"))
    path = folder / f"{name}.png"
    page.screenshot(path=path, full_page=True)
    return path
