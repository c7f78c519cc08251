-- One search index for everything published: articles of every kind, job listings and Program
-- episodes. The rowid says what a row is: id * 4 + 0 for an article, + 1 for a job, + 2 for an
-- episode. A fourth column holds structured blocks (Pointer points, quiz questions, timeline
-- events, an episode's program); it weighs less than running text (see db/queries/search.ts).
DROP TRIGGER `articles_fts_insert`;
--> statement-breakpoint
DROP TRIGGER `articles_fts_update`;
--> statement-breakpoint
DROP TRIGGER `articles_fts_delete`;
--> statement-breakpoint
DROP TABLE `articles_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_index` USING fts5(
	`title`, `summary`, `body`, `extra`,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `search_articles_insert` AFTER INSERT ON `articles` BEGIN
	INSERT INTO `search_index` (rowid, title, summary, body, extra) VALUES (new.id * 4, new.title, new.summary, (SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(new.body) WHERE json_extract(value, '$.type') = 'paragraph'), (SELECT group_concat(part, ' ') FROM (SELECT json_extract(value, '$.heading') || ' ' || json_extract(value, '$.text') AS part FROM json_each(new.body) WHERE json_extract(value, '$.type') = 'point' UNION ALL SELECT json_extract(q.value, '$.prompt') FROM json_each(new.body) AS b, json_each(b.value, '$.questions') AS q WHERE json_extract(b.value, '$.type') = 'quiz' UNION ALL SELECT json_extract(e.value, '$.heading') || ' ' || json_extract(e.value, '$.text') FROM json_each(new.body) AS b, json_each(b.value, '$.events') AS e WHERE json_extract(b.value, '$.type') = 'timeline')));
END;
--> statement-breakpoint
CREATE TRIGGER `search_articles_update` AFTER UPDATE OF title, summary, body ON `articles` BEGIN
	DELETE FROM `search_index` WHERE rowid = old.id * 4;
	INSERT INTO `search_index` (rowid, title, summary, body, extra) VALUES (new.id * 4, new.title, new.summary, (SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(new.body) WHERE json_extract(value, '$.type') = 'paragraph'), (SELECT group_concat(part, ' ') FROM (SELECT json_extract(value, '$.heading') || ' ' || json_extract(value, '$.text') AS part FROM json_each(new.body) WHERE json_extract(value, '$.type') = 'point' UNION ALL SELECT json_extract(q.value, '$.prompt') FROM json_each(new.body) AS b, json_each(b.value, '$.questions') AS q WHERE json_extract(b.value, '$.type') = 'quiz' UNION ALL SELECT json_extract(e.value, '$.heading') || ' ' || json_extract(e.value, '$.text') FROM json_each(new.body) AS b, json_each(b.value, '$.events') AS e WHERE json_extract(b.value, '$.type') = 'timeline')));
END;
--> statement-breakpoint
CREATE TRIGGER `search_articles_delete` AFTER DELETE ON `articles` BEGIN
	DELETE FROM `search_index` WHERE rowid = old.id * 4;
END;
--> statement-breakpoint
CREATE TRIGGER `search_jobs_insert` AFTER INSERT ON `jobs` BEGIN
	INSERT INTO `search_index` (rowid, title, summary, body, extra) VALUES (new.id * 4 + 1, new.title, new.company || ' ' || new.location || ' ' || new.field, coalesce((SELECT group_concat(value, ' ') FROM json_each(new.description)), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(new.requirements)), ''), '');
END;
--> statement-breakpoint
CREATE TRIGGER `search_jobs_update` AFTER UPDATE ON `jobs` BEGIN
	DELETE FROM `search_index` WHERE rowid = old.id * 4 + 1;
	INSERT INTO `search_index` (rowid, title, summary, body, extra) VALUES (new.id * 4 + 1, new.title, new.company || ' ' || new.location || ' ' || new.field, coalesce((SELECT group_concat(value, ' ') FROM json_each(new.description)), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(new.requirements)), ''), '');
END;
--> statement-breakpoint
CREATE TRIGGER `search_jobs_delete` AFTER DELETE ON `jobs` BEGIN
	DELETE FROM `search_index` WHERE rowid = old.id * 4 + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `search_episodes_insert` AFTER INSERT ON `episodes` BEGIN
	INSERT INTO `search_index` (rowid, title, summary, body, extra) VALUES (new.id * 4 + 2, new.title, new.description, '', (SELECT title FROM programs WHERE id = new.program_id));
END;
--> statement-breakpoint
CREATE TRIGGER `search_episodes_update` AFTER UPDATE ON `episodes` BEGIN
	DELETE FROM `search_index` WHERE rowid = old.id * 4 + 2;
	INSERT INTO `search_index` (rowid, title, summary, body, extra) VALUES (new.id * 4 + 2, new.title, new.description, '', (SELECT title FROM programs WHERE id = new.program_id));
END;
--> statement-breakpoint
CREATE TRIGGER `search_episodes_delete` AFTER DELETE ON `episodes` BEGIN
	DELETE FROM `search_index` WHERE rowid = old.id * 4 + 2;
END;
--> statement-breakpoint
INSERT INTO `search_index` (rowid, title, summary, body, extra)
	SELECT id * 4, title, summary, (SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(articles.body) WHERE json_extract(value, '$.type') = 'paragraph'), (SELECT group_concat(part, ' ') FROM (SELECT json_extract(value, '$.heading') || ' ' || json_extract(value, '$.text') AS part FROM json_each(articles.body) WHERE json_extract(value, '$.type') = 'point' UNION ALL SELECT json_extract(q.value, '$.prompt') FROM json_each(articles.body) AS b, json_each(b.value, '$.questions') AS q WHERE json_extract(b.value, '$.type') = 'quiz' UNION ALL SELECT json_extract(e.value, '$.heading') || ' ' || json_extract(e.value, '$.text') FROM json_each(articles.body) AS b, json_each(b.value, '$.events') AS e WHERE json_extract(b.value, '$.type') = 'timeline')) FROM `articles`;
--> statement-breakpoint
INSERT INTO `search_index` (rowid, title, summary, body, extra)
	SELECT jobs.id * 4 + 1, jobs.title, jobs.company || ' ' || jobs.location || ' ' || jobs.field, coalesce((SELECT group_concat(value, ' ') FROM json_each(jobs.description)), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(jobs.requirements)), ''), '' FROM `jobs`;
--> statement-breakpoint
INSERT INTO `search_index` (rowid, title, summary, body, extra)
	SELECT episodes.id * 4 + 2, episodes.title, episodes.description, '', (SELECT title FROM programs WHERE id = episodes.program_id) FROM `episodes`;
