"""What every app shares and that imports no app: the record and its queue message format,
metrics, typed settings helpers, the API's error shape, the client address and the database
write wait. Dependencies run one way: dashboard → ingest → processing → core (README "Layout")."""
