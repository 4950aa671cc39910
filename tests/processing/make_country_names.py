"""Write ``processing/redaction/country_names.json``: country names in the languages logs are
written in, each with its region, from the locale data phonenumbers ships.

The phone pass reads a national number (``0712 557763``) for the countries its line names; a
country named in the line's language (``Kolumbien``, ``Колумбия``, ``ドイツ``) names it as
well as its ISO code. A name that is also a common word (``Jersey``, ``Chad``) or that two
regions share is left out. A test checks that the file matches this script's output.

    .venv/bin/python -m tests.processing.make_country_names
"""

from __future__ import annotations

import json
from pathlib import Path

from phonenumbers.geodata.locale import LOCALE_DATA

from processing.redaction.context import SPACELESS_RE

OUT = Path(__file__).resolve().parents[2] / "processing" / "redaction" / "country_names.json"
# The languages whose names the data holds (for the others it repeats the English one).
LANGUAGES = (
    "en", "fr", "de", "es", "pt", "it", "nl", "pl", "sv", "fi", "ru", "ja", "zh", "ko", "el",
    "vi", "th", "id",
)  # fmt: skip
# Names that are also words or given names of a log line.
COMMON_WORDS = frozenset({
    "jersey", "chad", "jordan", "georgia", "guinea", "niger", "turkey", "togo", "reunion",
    "réunion", "maurice", "mali", "saint", "island", "islands", "norfolk", "christmas",
    "guernsey", "dominica", "montserrat", "chili", "gana", "indie", "kina", "katar", "julön",
})  # fmt: skip


def _name(region: str, language: str) -> str | None:
    names = LOCALE_DATA[region]
    name = names.get(language)
    if name is not None and name.startswith("*"):  # ``*aa``: the name another entry holds
        name = names.get(name[1:])
    return name or None


def country_names() -> dict[str, str]:
    """Every usable name, lowered, with its region; sorted, so the file is stable."""
    regions: dict[str, set[str]] = {}
    for region in LOCALE_DATA:
        if region in ("US", "001") or not region.isalpha():
            continue  # US numbers are read by their NANP format, not by a named country
        for language in LANGUAGES:
            name = _name(region, language)
            if name is None:
                continue
            name = name.split("(")[0].split(",")[0].strip().lower()
            # Written without spaces, a name is found inside longer words, and two characters
            # are enough; elsewhere it is a word (or words) of four letters or more.
            short = 2 if SPACELESS_RE.search(name) else 4
            if len(name) < short or name in COMMON_WORDS:
                continue
            regions.setdefault(name, set()).add(region)
    return {name: found.pop() for name, found in sorted(regions.items()) if len(found) == 1}


def main() -> None:
    OUT.write_text(
        json.dumps(country_names(), ensure_ascii=False, indent=0, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
