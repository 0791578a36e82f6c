-- rasd store schema. Layers hang off documents and are replaced as a whole when a
-- document is re-analysed; review edits live in their own table and survive re-runs.
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);

CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,              -- stable hash of the normalised main text
  source TEXT NOT NULL UNIQUE,      -- path, path#record, path#line
  url TEXT,
  site TEXT,
  kind TEXT,
  title TEXT,
  title_derived INTEGER DEFAULT 0,
  publisher_ar TEXT, publisher_en TEXT, publisher_domain TEXT, publisher_evidence TEXT,
  published TEXT, published_precision TEXT, published_evidence TEXT, published_method TEXT, hijri TEXT,
  authors TEXT,                     -- JSON list
  caption TEXT, views INTEGER, section TEXT, lang TEXT,
  text TEXT NOT NULL,
  raw TEXT,
  boilerplate TEXT,                 -- JSON list of {line_no, text, reason}
  warnings TEXT,                    -- JSON list
  duplicate_of TEXT, dup_kind TEXT,
  story_id TEXT,
  analysed_at TEXT,
  ingested_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE INDEX IF NOT EXISTS documents_site ON documents(site);
CREATE INDEX IF NOT EXISTS documents_dup ON documents(duplicate_of);

-- Full-text index over normalised, clitic-stripped terms (same code parses queries).
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(doc_id UNINDEXED, title, body, tokenize = 'unicode61');

-- MinHash signatures for near-duplicate detection (LSH index rebuilt from these).
CREATE TABLE IF NOT EXISTS minhash (doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE, sig BLOB);

-- Site template line counts (CCNet-style): how many pages of a site carry a line key.
CREATE TABLE IF NOT EXISTS site_lines (site TEXT, key TEXT, pages INTEGER, PRIMARY KEY (site, key));
CREATE TABLE IF NOT EXISTS site_pages (site TEXT, page TEXT, PRIMARY KEY (site, page));

CREATE TABLE IF NOT EXISTS entities (
  id TEXT PRIMARY KEY, type TEXT, name_ar TEXT, name_en TEXT, aliases TEXT, links TEXT,
  description TEXT, source TEXT, lat REAL, lon REAL, country TEXT, admin1 TEXT, admin2 TEXT, admin3 TEXT, level TEXT
);

CREATE TABLE IF NOT EXISTS mentions (
  doc_id TEXT REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER, end_ INTEGER, surface TEXT, norm TEXT, type TEXT, entity_id TEXT,
  confidence REAL, source TEXT, role TEXT, org_id TEXT, candidates TEXT, geo_precision INTEGER
);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc_id);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);

CREATE TABLE IF NOT EXISTS events (
  id TEXT PRIMARY KEY, doc_id TEXT REFERENCES documents(id) ON DELETE CASCADE,
  event_type TEXT, sub_event_type TEXT, ev_start INTEGER, ev_end INTEGER,
  actor1 TEXT, assoc_actor1 TEXT, actor2 TEXT, assoc_actor2 TEXT,
  location TEXT, geo_precision INTEGER, date_start TEXT, date_end TEXT, time_precision INTEGER,
  fatalities INTEGER, fatalities_min INTEGER, quantities TEXT, modality TEXT, field_evidence TEXT,
  trigger TEXT, notes_ar TEXT, notes_en TEXT, story_id TEXT, confidence REAL
);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id);
CREATE INDEX IF NOT EXISTS events_type ON events(event_type);
CREATE INDEX IF NOT EXISTS events_date ON events(date_start);
CREATE INDEX IF NOT EXISTS events_location ON events(location);

CREATE TABLE IF NOT EXISTS claims (
  id TEXT PRIMARY KEY, doc_id TEXT REFERENCES documents(id) ON DELETE CASCADE,
  c_start INTEGER, c_end INTEGER, speaker_id TEXT, speaker_text TEXT, speaker_role TEXT,
  cue TEXT, cue_start INTEGER, cue_end INTEGER, stance TEXT, kind TEXT, medium TEXT, medium_detail TEXT,
  date TEXT, event_ids TEXT, relay_id TEXT, relay_text TEXT, quantities TEXT, is_question INTEGER
);
CREATE INDEX IF NOT EXISTS claims_doc ON claims(doc_id);
CREATE INDEX IF NOT EXISTS claims_speaker ON claims(speaker_id);

CREATE TABLE IF NOT EXISTS contradictions (
  id TEXT PRIMARY KEY, claim_a TEXT, claim_b TEXT, reason TEXT, detail TEXT, scope TEXT
);

CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, title TEXT, date_start TEXT, date_end TEXT);
CREATE TABLE IF NOT EXISTS story_docs (story_id TEXT, doc_id TEXT, PRIMARY KEY (story_id, doc_id));

-- Events merged across a story: one row per happening, every source kept.
CREATE TABLE IF NOT EXISTS merged_events (
  id TEXT PRIMARY KEY, story_id TEXT, event_ids TEXT, event_type TEXT, sub_event_type TEXT,
  location TEXT, date_start TEXT, date_end TEXT, fatalities INTEGER, fatalities_all TEXT, sources TEXT
);

-- Review layer: kept apart from machine output, keyed by stable ids, survives re-runs.
CREATE TABLE IF NOT EXISTS edits (
  id INTEGER PRIMARY KEY AUTOINCREMENT, target_kind TEXT, target_id TEXT, action TEXT,
  changes TEXT, user TEXT, at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX IF NOT EXISTS edits_target ON edits(target_kind, target_id);

CREATE TABLE IF NOT EXISTS users (
  name TEXT PRIMARY KEY, password_hash TEXT, role TEXT, token_hash TEXT,
  created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);

CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT, command TEXT, started_at TEXT, finished_at TEXT,
  total INTEGER, done INTEGER, failed INTEGER, status TEXT
);

CREATE TABLE IF NOT EXISTS errors (
  id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT, message TEXT,
  at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);

-- Near-duplicate index: LSH bands of the MinHash signatures (rasd.corpus.dedup).
CREATE TABLE IF NOT EXISTS lsh_bands (band INTEGER, bucket INTEGER, doc_id TEXT);
CREATE INDEX IF NOT EXISTS lsh_bands_key ON lsh_bands(band, bucket);
CREATE INDEX IF NOT EXISTS lsh_bands_doc ON lsh_bands(doc_id);

-- Further sources of an exact duplicate (same normalised text, same document id).
CREATE TABLE IF NOT EXISTS doc_sources (source TEXT PRIMARY KEY, doc_id TEXT, kind TEXT);
