-- What db/schema-pg.ts cannot say: the search documents (SQLite's FTS5 search_index of
-- migrations 0005 and 0009) and the audit log's append-only rule (SQLite migration 0004).
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- unaccent() is only STABLE (it reads a dictionary chosen by name); with the dictionary fixed it
-- always gives the same answer, which a generated column and its index need.
CREATE FUNCTION immutable_unaccent(value text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
	RETURN unaccent('unaccent'::regdictionary, value);
--> statement-breakpoint
-- For highlighting the stored text as written: the same lexemes as the documents (accents
-- folded, lower case), so ts_headline marks "CAFÉ" for a search of "kafe" or "cafe".
CREATE TEXT SEARCH CONFIGURATION search_unaccent (COPY = simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION search_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
--> statement-breakpoint
-- The running text of an article: its paragraphs, in order.
CREATE FUNCTION search_body_text(body jsonb) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN (
		SELECT coalesce(string_agg(b.value ->> 'text', ' ' ORDER BY b.n), '')
		FROM jsonb_array_elements(body) WITH ORDINALITY AS b(value, n)
		WHERE b.value ->> 'type' = 'paragraph'
	);
--> statement-breakpoint
-- The structured blocks, weighed below running text: Pointer points, quiz questions, timeline events.
CREATE FUNCTION search_body_extra(body jsonb) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN (
		SELECT coalesce(string_agg(parts.part, ' ' ORDER BY parts.n, parts.m), '')
		FROM (
			SELECT b.n, 0::bigint AS m, (b.value ->> 'heading') || ' ' || (b.value ->> 'text') AS part
			FROM jsonb_array_elements(body) WITH ORDINALITY AS b(value, n)
			WHERE b.value ->> 'type' = 'point'
			UNION ALL
			SELECT b.n, q.m, q.value ->> 'prompt'
			FROM jsonb_array_elements(body) WITH ORDINALITY AS b(value, n),
				jsonb_array_elements(b.value -> 'questions') WITH ORDINALITY AS q(value, m)
			WHERE b.value ->> 'type' = 'quiz'
			UNION ALL
			SELECT b.n, e.m, (e.value ->> 'heading') || ' ' || (e.value ->> 'text')
			FROM jsonb_array_elements(body) WITH ORDINALITY AS b(value, n),
				jsonb_array_elements(b.value -> 'events') WITH ORDINALITY AS e(value, m)
			WHERE b.value ->> 'type' = 'timeline'
		) AS parts
	);
--> statement-breakpoint
-- One document per searchable row. The key says what it is, as SQLite's rowid does:
-- id * 4 for an article, id * 4 + 1 for a job, id * 4 + 2 for an episode. Weights: title A,
-- summary (dek) B, body C, structured blocks D; 'simple' over unaccented, lower-cased text.
CREATE TABLE "search_documents" (
	"key" integer PRIMARY KEY NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"extra" text DEFAULT '' NOT NULL,
	"document" tsvector GENERATED ALWAYS AS (
		setweight(to_tsvector('simple'::regconfig, lower(immutable_unaccent("title"))), 'A')
		|| setweight(to_tsvector('simple'::regconfig, lower(immutable_unaccent("summary"))), 'B')
		|| setweight(to_tsvector('simple'::regconfig, lower(immutable_unaccent("body"))), 'C')
		|| setweight(to_tsvector('simple'::regconfig, lower(immutable_unaccent("extra"))), 'D')
	) STORED
);
--> statement-breakpoint
CREATE INDEX "search_documents_document_idx" ON "search_documents" USING gin ("document");
--> statement-breakpoint
CREATE FUNCTION search_articles_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('UPDATE', 'DELETE') THEN
		DELETE FROM search_documents WHERE key = OLD.id * 4;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		INSERT INTO search_documents (key, title, summary, body, extra)
		VALUES (NEW.id * 4, NEW.title, NEW.summary, search_body_text(NEW.body), search_body_extra(NEW.body));
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER search_articles_sync AFTER INSERT OR DELETE OR UPDATE OF title, summary, body ON articles
	FOR EACH ROW EXECUTE FUNCTION search_articles_sync();
--> statement-breakpoint
CREATE FUNCTION search_jobs_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('UPDATE', 'DELETE') THEN
		DELETE FROM search_documents WHERE key = OLD.id * 4 + 1;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		INSERT INTO search_documents (key, title, summary, body, extra)
		VALUES (
			NEW.id * 4 + 1, NEW.title, NEW.company || ' ' || NEW.location || ' ' || NEW.field,
			coalesce((SELECT string_agg(value, ' ') FROM jsonb_array_elements_text(NEW.description)), '') || ' '
				|| coalesce((SELECT string_agg(value, ' ') FROM jsonb_array_elements_text(NEW.requirements)), ''),
			''
		);
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER search_jobs_sync AFTER INSERT OR DELETE OR UPDATE ON jobs
	FOR EACH ROW EXECUTE FUNCTION search_jobs_sync();
--> statement-breakpoint
CREATE FUNCTION search_episodes_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('UPDATE', 'DELETE') THEN
		DELETE FROM search_documents WHERE key = OLD.id * 4 + 2;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		INSERT INTO search_documents (key, title, summary, body, extra)
		VALUES (NEW.id * 4 + 2, NEW.title, NEW.description, '', coalesce((SELECT title FROM programs WHERE id = NEW.program_id), ''));
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER search_episodes_sync AFTER INSERT OR DELETE OR UPDATE ON episodes
	FOR EACH ROW EXECUTE FUNCTION search_episodes_sync();
--> statement-breakpoint
-- Refills every document from the tables: after a bulk load (the SQLite export) or a repair.
CREATE FUNCTION search_documents_rebuild() RETURNS void LANGUAGE sql AS $$
	DELETE FROM search_documents;
	INSERT INTO search_documents (key, title, summary, body, extra)
		SELECT id * 4, title, summary, search_body_text(body), search_body_extra(body) FROM articles;
	INSERT INTO search_documents (key, title, summary, body, extra)
		SELECT id * 4 + 1, title, company || ' ' || location || ' ' || field,
			coalesce((SELECT string_agg(value, ' ') FROM jsonb_array_elements_text(description)), '') || ' '
				|| coalesce((SELECT string_agg(value, ' ') FROM jsonb_array_elements_text(requirements)), ''),
			''
		FROM jobs;
	INSERT INTO search_documents (key, title, summary, body, extra)
		SELECT e.id * 4 + 2, e.title, e.description, '', coalesce(p.title, '')
		FROM episodes e LEFT JOIN programs p ON p.id = e.program_id;
$$;
--> statement-breakpoint
-- The audit log is append-only: rows are inserted, never changed or removed (SQLite's 0004).
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'the audit log is append-only';
END
$$;
--> statement-breakpoint
CREATE TRIGGER moderation_actions_no_update BEFORE UPDATE ON moderation_actions
	FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER moderation_actions_no_delete BEFORE DELETE ON moderation_actions
	FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER moderation_actions_no_truncate BEFORE TRUNCATE ON moderation_actions
	FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
