-- The search index gains a fourth column for structured blocks: the key points of Pointer
-- explainers, quiz questions and timeline events. It weighs less than the running text (see
-- db/queries/search.ts), so a report still ranks above an explainer that lists the same name.
DROP TRIGGER `articles_fts_insert`;
--> statement-breakpoint
DROP TRIGGER `articles_fts_update`;
--> statement-breakpoint
DROP TRIGGER `articles_fts_delete`;
--> statement-breakpoint
DROP TABLE `articles_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `articles_fts` USING fts5(
	`title`, `summary`, `body`, `extra`,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `articles_fts_insert` AFTER INSERT ON `articles` BEGIN
	INSERT INTO `articles_fts` (rowid, title, summary, body, extra) VALUES (new.id, new.title, new.summary, (SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(new.body) WHERE json_extract(value, '$.type') = 'paragraph'), (SELECT group_concat(part, ' ') FROM (SELECT json_extract(value, '$.heading') || ' ' || json_extract(value, '$.text') AS part FROM json_each(new.body) WHERE json_extract(value, '$.type') = 'point' UNION ALL SELECT json_extract(q.value, '$.prompt') FROM json_each(new.body) AS b, json_each(b.value, '$.questions') AS q WHERE json_extract(b.value, '$.type') = 'quiz' UNION ALL SELECT json_extract(e.value, '$.heading') || ' ' || json_extract(e.value, '$.text') FROM json_each(new.body) AS b, json_each(b.value, '$.events') AS e WHERE json_extract(b.value, '$.type') = 'timeline')));
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_update` AFTER UPDATE OF title, summary, body ON `articles` BEGIN
	DELETE FROM `articles_fts` WHERE rowid = old.id;
	INSERT INTO `articles_fts` (rowid, title, summary, body, extra) VALUES (new.id, new.title, new.summary, (SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(new.body) WHERE json_extract(value, '$.type') = 'paragraph'), (SELECT group_concat(part, ' ') FROM (SELECT json_extract(value, '$.heading') || ' ' || json_extract(value, '$.text') AS part FROM json_each(new.body) WHERE json_extract(value, '$.type') = 'point' UNION ALL SELECT json_extract(q.value, '$.prompt') FROM json_each(new.body) AS b, json_each(b.value, '$.questions') AS q WHERE json_extract(b.value, '$.type') = 'quiz' UNION ALL SELECT json_extract(e.value, '$.heading') || ' ' || json_extract(e.value, '$.text') FROM json_each(new.body) AS b, json_each(b.value, '$.events') AS e WHERE json_extract(b.value, '$.type') = 'timeline')));
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_delete` AFTER DELETE ON `articles` BEGIN
	DELETE FROM `articles_fts` WHERE rowid = old.id;
END;
--> statement-breakpoint
INSERT INTO `articles_fts` (rowid, title, summary, body, extra)
	SELECT id, title, summary, (SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(articles.body) WHERE json_extract(value, '$.type') = 'paragraph'), (SELECT group_concat(part, ' ') FROM (SELECT json_extract(value, '$.heading') || ' ' || json_extract(value, '$.text') AS part FROM json_each(articles.body) WHERE json_extract(value, '$.type') = 'point' UNION ALL SELECT json_extract(q.value, '$.prompt') FROM json_each(articles.body) AS b, json_each(b.value, '$.questions') AS q WHERE json_extract(b.value, '$.type') = 'quiz' UNION ALL SELECT json_extract(e.value, '$.heading') || ' ' || json_extract(e.value, '$.text') FROM json_each(articles.body) AS b, json_each(b.value, '$.events') AS e WHERE json_extract(b.value, '$.type') = 'timeline')) FROM `articles`;
