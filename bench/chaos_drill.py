"""The chaos drill, for the benchmarks: it ships in processing/drill.py, so that
`python manage.py chaos_drill` also runs in the container, which has no bench/ directory.
"""

from __future__ import annotations

from processing.drill import DrillError, DrillOptions, DrillResult, drill_run

__all__ = ["DrillError", "DrillOptions", "DrillResult", "drill_run"]
