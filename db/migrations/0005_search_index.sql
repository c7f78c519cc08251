-- Full-text search over published and unpublished articles alike (queries filter by status).
-- unicode61 with remove_diacritics folds case and accents: "Jerman" finds "JERMAN", "kafe" finds "café".
CREATE VIRTUAL TABLE `articles_fts` USING fts5(
	`title`, `summary`, `body`,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `articles_fts_insert` AFTER INSERT ON `articles` BEGIN
	INSERT INTO `articles_fts` (rowid, title, summary, body) VALUES (
		new.id, new.title, new.summary,
		(SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(new.body) WHERE json_extract(value, '$.type') = 'paragraph')
	);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_update` AFTER UPDATE OF title, summary, body ON `articles` BEGIN
	DELETE FROM `articles_fts` WHERE rowid = old.id;
	INSERT INTO `articles_fts` (rowid, title, summary, body) VALUES (
		new.id, new.title, new.summary,
		(SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(new.body) WHERE json_extract(value, '$.type') = 'paragraph')
	);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_delete` AFTER DELETE ON `articles` BEGIN
	DELETE FROM `articles_fts` WHERE rowid = old.id;
END;
--> statement-breakpoint
INSERT INTO `articles_fts` (rowid, title, summary, body)
	SELECT id, title, summary,
		(SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(articles.body) WHERE json_extract(value, '$.type') = 'paragraph')
	FROM `articles`;
