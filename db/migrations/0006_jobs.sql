CREATE TABLE `jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`company` text NOT NULL,
	`location` text NOT NULL,
	`type` text NOT NULL,
	`field` text NOT NULL,
	`description` text NOT NULL,
	`requirements` text NOT NULL,
	`apply_url` text,
	`apply_email` text,
	`salary` text,
	`posted_at` integer NOT NULL,
	`deadline` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `jobs_slug_unique` ON `jobs` (`slug`);--> statement-breakpoint
CREATE INDEX `jobs_deadline_idx` ON `jobs` (`deadline`);--> statement-breakpoint
CREATE INDEX `jobs_location_idx` ON `jobs` (`location`,`deadline`);