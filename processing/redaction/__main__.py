from __future__ import annotations

from processing.redaction.cli import main

raise SystemExit(main())
