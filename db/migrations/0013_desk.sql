CREATE TABLE `article_authors` (
	`article_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`article_id`, `author_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `authors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_authors_author_idx` ON `article_authors` (`author_id`);--> statement-breakpoint
CREATE TABLE `article_redirects` (
	`path` text PRIMARY KEY NOT NULL,
	`article_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `article_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`version` integer NOT NULL,
	`applied` integer DEFAULT true NOT NULL,
	`snapshot` text NOT NULL,
	`user_id` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `article_revisions_article_idx` ON `article_revisions` (`article_id`,`id`);--> statement-breakpoint
CREATE TABLE `desk_presence` (
	`article_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`seen_at` integer NOT NULL,
	PRIMARY KEY(`article_id`, `user_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `articles` ADD `hero_media_id` integer REFERENCES media(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `articles` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `scheduled_at` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `taken_down_at` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `takedown_reason` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `created_by` integer REFERENCES users(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `articles` ADD `updated_by` integer REFERENCES users(id) ON DELETE set null;--> statement-breakpoint
CREATE INDEX `articles_scheduled_idx` ON `articles` (`status`,`scheduled_at`);--> statement-breakpoint
INSERT INTO `article_revisions` (`article_id`, `version`, `snapshot`, `user_id`, `created_at`)
SELECT a.`id`, 1, json_object(
  'title', a.`title`, 'slug', a.`slug`, 'summary', a.`summary`, 'categoryId', a.`category_id`,
  'tagIds', (SELECT json_group_array(t.`tag_id`) FROM (SELECT `tag_id` FROM `article_tags` WHERE `article_id` = a.`id` ORDER BY `position`) t),
  'authorIds', CASE WHEN a.`author_id` IS NULL THEN json_array() ELSE json_array(a.`author_id`) END,
  'sourceTag', a.`source_tag`, 'heroMediaId', NULL, 'heroCaption', a.`hero_caption`, 'heroCredit', a.`hero_credit`,
  'commentMode', a.`comment_mode`, 'body', json(a.`body`)
), NULL, coalesce(a.`updated_at`, a.`published_at`, a.`created_at`)
FROM `articles` a WHERE a.`kind` = 'news';