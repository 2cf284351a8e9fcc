"""Bar charts as SVG markup, drawn on the server: readable with no JavaScript at all.

Decisions:

* **Pure Python, strings out.** A chart is a short list of rectangles and
  labels; building the markup by hand keeps it dependency-free and lets every
  piece of text go through one escape (:func:`_text`), so a person's name in
  a title can never become markup.
* **CSP-friendly.** Colours and fonts are SVG presentation attributes
  (``fill=``, ``font-size=``), which the site's Content-Security-Policy allows,
  never ``style=`` attributes; the page's stylesheet may still restyle them by
  class (``chart``, ``chart-bar``, ``chart-tick`` ...).
* **Accessible.** The chart is ``role="img"``, named by its ``<title>`` and
  described by its ``<desc>`` through ``aria-labelledby``; every bar has its own
  ``<title>`` ("April 2004: 3 articles") for pointer users. Pages still give
  the same numbers as a table, the real text alternative.
* **Scales.** Month series longer than :data:`MAX_MONTH_BARS` are drawn per
  year instead, and the ``<desc>`` says so; axis labels are thinned so they
  never overlap.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

__all__ = ["MAX_MONTH_BARS", "Bar", "bar_chart", "month_bars", "month_label"]

#: Longest month-by-month series drawn; a longer span is drawn year by year.
MAX_MONTH_BARS = 360
#: Most axis labels under a chart.
MAX_TICKS = 12
WIDTH, HEIGHT = 720, 220
LEFT, RIGHT, TOP, BOTTOM = 44, 8, 14, 34
BAR_FILL = "#1a5fb4"
TEXT_FILL = "#222222"
AXIS_STROKE = "#555555"

MONTH_ABBR = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
_SAFE_ID = re.compile(r"[^A-Za-z0-9_-]")


@dataclass(frozen=True)
class Bar:
    """One bar: its full label (for its tooltip), its value and an optional axis label."""

    label: str
    count: int
    tick: str | None = None


def _text(value: object) -> str:
    """Escape text for an SVG element or attribute value (double-quoted)."""
    return escape(str(value), {'"': "&quot;", "'": "&#x27;"})


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _plural(count: int, noun: tuple[str, str]) -> str:
    return f"{count} {noun[0] if count == 1 else noun[1]}"


def _thin_ticks(bars: Sequence[Bar]) -> set[int]:
    """Indices of the bars whose axis labels are drawn: at most MAX_TICKS, evenly spread."""
    ticked = [i for i, bar in enumerate(bars) if bar.tick]
    if len(ticked) <= MAX_TICKS:
        return set(ticked)
    step = -(-len(ticked) // MAX_TICKS)
    return set(ticked[::step])


def bar_chart(bars: Sequence[Bar], *, title: str, desc: str, id_prefix: str,
              noun: tuple[str, str] = ("article", "articles")) -> str:
    """The SVG markup of a bar chart of ``bars``, left to right, with ``title`` and ``desc``.

    ``id_prefix`` makes the title and desc ids unique on the page (it is
    reduced to letters, digits, ``-`` and ``_``).
    """
    prefix = _SAFE_ID.sub("-", id_prefix) or "chart"
    title_id, desc_id = f"{prefix}-title", f"{prefix}-desc"
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    base = TOP + plot_h
    top = max((bar.count for bar in bars), default=0)
    scale = f'<text x="{LEFT - 4}" y="{base}">0</text>'
    if top:
        scale += f'<text x="{LEFT - 4}" y="{TOP + 10}">{top}</text>'
    out = [
        (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" '
         f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-labelledby="{title_id} {desc_id}" '
         'font-family="sans-serif">'),
        f'<title id="{title_id}">{_text(title)}</title>',
        f'<desc id="{desc_id}">{_text(desc)}</desc>',
        f'<g class="chart-axis" stroke="{AXIS_STROKE}" stroke-width="1">',
        f'<line x1="{LEFT}" y1="{base}" x2="{WIDTH - RIGHT}" y2="{base}"/>',
        f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{base}"/></g>',
        f'<g class="chart-scale" fill="{TEXT_FILL}" font-size="13" text-anchor="end">{scale}</g>',
    ]
    if bars:
        slot = plot_w / len(bars)
        gap = min(2.0, slot * 0.2)
        ticks = _thin_ticks(bars)
        out.append(f'<g class="chart-bars" fill="{BAR_FILL}">')
        for i, bar in enumerate(bars):
            height = plot_h * bar.count / top if top else 0
            x = LEFT + i * slot + gap / 2
            out.append(f'<rect class="chart-bar" x="{_number(x)}" y="{_number(base - height)}" '
                       f'width="{_number(max(slot - gap, 0.5))}" height="{_number(height)}">'
                       f'<title>{_text(bar.label)}: {_text(_plural(bar.count, noun))}</title></rect>')
        out.append("</g>")
        out.append(f'<g class="chart-ticks" fill="{TEXT_FILL}" font-size="13" text-anchor="middle">')
        for i in sorted(ticks):
            x = LEFT + (i + 0.5) * slot
            out.append(f'<text class="chart-tick" x="{_number(x)}" y="{base + 19}">'
                       f'{_text(bars[i].tick)}</text>')
        out.append("</g>")
    else:
        out.append(f'<text x="{LEFT + plot_w / 2:.0f}" y="{TOP + plot_h / 2:.0f}" fill="{TEXT_FILL}" '
                   f'font-size="13" text-anchor="middle">No dated articles</text>')
    out.append("</svg>")
    return "".join(out)


def _month_range(first: str, last: str) -> list[str]:
    """Every ``yyyy-mm`` from ``first`` to ``last``, both included."""
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    months = []
    while (year, month) <= end:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def month_bars(counts: Mapping[str, int]) -> tuple[list[Bar], str]:
    """Bars for ``{yyyy-mm: count}``, every month from the first to the last (empty ones too).

    Returns the bars and the unit they are drawn in (``month``, or ``year``
    when the span is longer than :data:`MAX_MONTH_BARS` months). Years are
    labelled at their first bar; a span within one year labels its months.
    """
    if not counts:
        return [], "month"
    months = _month_range(min(counts), max(counts))
    if len(months) > MAX_MONTH_BARS:
        years: dict[str, int] = {}
        for month in months:
            years[month[:4]] = years.get(month[:4], 0) + counts.get(month, 0)
        return [Bar(year, count, year) for year, count in years.items()], "year"
    one_year = months[0][:4] == months[-1][:4]
    bars = []
    for month in months:
        number = int(month[5:7])
        label = f"{MONTH_NAMES[number]} {month[:4]}"
        if one_year:
            tick = MONTH_ABBR[number]
        else:
            # the first bar names its year too, unless a January follows too closely to fit both
            first = month == months[0] and number <= 7
            tick = month[:4] if number == 1 or first else None
        bars.append(Bar(label, counts.get(month, 0), tick))
    return bars, "month"


def month_label(month: str) -> str:
    """``2004-04`` -> ``April 2004``."""
    return f"{MONTH_NAMES[int(month[5:7])]} {month[:4]}"
