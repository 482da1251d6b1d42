CREATE TABLE `application_history` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`stage_id` text,
	`title` text NOT NULL,
	`stage_number` integer NOT NULL,
	`entered_stage_at` text NOT NULL,
	`left_stage_at` text,
	`raw` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `application_history_application_idx` ON `application_history` (`application_id`);--> statement-breakpoint
CREATE INDEX `application_history_stage_idx` ON `application_history` (`stage_id`);--> statement-breakpoint
CREATE TABLE `applications` (
	`id` text PRIMARY KEY NOT NULL,
	`candidate_id` text NOT NULL,
	`job_id` text,
	`status` text NOT NULL,
	`current_stage_id` text,
	`current_stage_title` text,
	`current_stage_type` text,
	`source_id` text,
	`archive_reason_id` text,
	`archived_at` text,
	`credited_to_user_id` text,
	`recruiter_user_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`history_updated_at` text,
	`raw` text NOT NULL,
	`mirrored_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `applications_candidate_idx` ON `applications` (`candidate_id`);--> statement-breakpoint
CREATE INDEX `applications_job_idx` ON `applications` (`job_id`);--> statement-breakpoint
CREATE INDEX `applications_updated_at_idx` ON `applications` (`updated_at`);--> statement-breakpoint
CREATE TABLE `archive_reasons` (
	`id` text PRIMARY KEY NOT NULL,
	`text` text NOT NULL,
	`reason_type` text,
	`is_archived` integer DEFAULT false NOT NULL,
	`raw` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`args` text,
	`result_count` integer,
	`outcome` text DEFAULT 'ok' NOT NULL,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `candidate_profiles` (
	`candidate_id` text PRIMARY KEY NOT NULL,
	`current_title` text,
	`current_company` text,
	`occupation_code` text,
	`location` text,
	`years_experience` real,
	`years_in_role` real,
	`highest_degree` text,
	`profile` text NOT NULL,
	`source_updated_at` text NOT NULL,
	`extractor_version` integer NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `candidate_tags` (
	`candidate_id` text NOT NULL,
	`tag_id` text NOT NULL,
	PRIMARY KEY(`candidate_id`, `tag_id`)
);
--> statement-breakpoint
CREATE INDEX `candidate_tags_tag_idx` ON `candidate_tags` (`tag_id`);--> statement-breakpoint
CREATE TABLE `candidate_tombstones` (
	`candidate_id` text PRIMARY KEY NOT NULL,
	`reason` text NOT NULL,
	`merged_into_id` text,
	`removed_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `candidates` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`primary_email` text,
	`primary_phone` text,
	`position` text,
	`company` text,
	`school` text,
	`location_summary` text,
	`source_id` text,
	`credited_to_user_id` text,
	`profile_url` text,
	`resume_file_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`raw` text NOT NULL,
	`mirrored_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `candidates_updated_at_idx` ON `candidates` (`updated_at`);--> statement-breakpoint
CREATE INDEX `candidates_primary_email_idx` ON `candidates` (`primary_email`);--> statement-breakpoint
CREATE TABLE `custom_fields` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`object_type` text,
	`field_type` text,
	`is_archived` integer DEFAULT false NOT NULL,
	`raw` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `departments` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`parent_id` text,
	`is_archived` integer DEFAULT false NOT NULL,
	`updated_at` text,
	`raw` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `files` (
	`id` text PRIMARY KEY NOT NULL,
	`candidate_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`handle` text NOT NULL,
	`status` text NOT NULL,
	`error` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`bytes` integer,
	`sha256` text,
	`local_path` text,
	`text` text,
	`extracted_at` text,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `files_candidate_idx` ON `files` (`candidate_id`);--> statement-breakpoint
CREATE INDEX `files_status_idx` ON `files` (`status`);--> statement-breakpoint
CREATE TABLE `identity_links` (
	`candidate_id` text NOT NULL,
	`other_candidate_id` text NOT NULL,
	`confidence` real NOT NULL,
	`reasons` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`candidate_id`, `other_candidate_id`)
);
--> statement-breakpoint
CREATE INDEX `identity_links_other_idx` ON `identity_links` (`other_candidate_id`);--> statement-breakpoint
CREATE TABLE `interview_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`is_archived` integer DEFAULT false NOT NULL,
	`updated_at` text,
	`raw` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `interview_stages` (
	`id` text PRIMARY KEY NOT NULL,
	`interview_plan_id` text NOT NULL,
	`title` text NOT NULL,
	`type` text,
	`order_in_plan` integer NOT NULL,
	`raw` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `interview_stages_plan_idx` ON `interview_stages` (`interview_plan_id`);--> statement-breakpoint
CREATE TABLE `job_matches` (
	`job_id` text NOT NULL,
	`candidate_id` text NOT NULL,
	`rank` integer NOT NULL,
	`score` real NOT NULL,
	`reasons` text NOT NULL,
	`computed_at` text NOT NULL,
	PRIMARY KEY(`job_id`, `candidate_id`)
);
--> statement-breakpoint
CREATE TABLE `job_postings` (
	`id` text PRIMARY KEY NOT NULL,
	`job_id` text NOT NULL,
	`title` text NOT NULL,
	`is_listed` integer DEFAULT true NOT NULL,
	`published_date` text,
	`department_name` text,
	`location_name` text,
	`description_plain` text,
	`updated_at` text,
	`raw` text NOT NULL,
	`mirrored_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `job_postings_job_idx` ON `job_postings` (`job_id`);--> statement-breakpoint
CREATE TABLE `jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`status` text NOT NULL,
	`employment_type` text,
	`confidential` integer DEFAULT false NOT NULL,
	`department_id` text,
	`location_id` text,
	`default_interview_plan_id` text,
	`created_at` text,
	`updated_at` text NOT NULL,
	`opened_at` text,
	`closed_at` text,
	`raw` text NOT NULL,
	`mirrored_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `jobs_status_idx` ON `jobs` (`status`);--> statement-breakpoint
CREATE TABLE `locations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`is_archived` integer DEFAULT false NOT NULL,
	`raw` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `outbox` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`candidate_id` text NOT NULL,
	`reason` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `outbox_candidate_idx` ON `outbox` (`candidate_id`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`source_type` text,
	`is_archived` integer DEFAULT false NOT NULL,
	`raw` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mode` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`status` text NOT NULL,
	`error` text,
	`counts` text DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_state` (
	`entity` text PRIMARY KEY NOT NULL,
	`sync_token` text,
	`cursor` text,
	`cursor_mode` text,
	`page_count` integer DEFAULT 0 NOT NULL,
	`full_started_at` text,
	`last_full_sync_at` text,
	`last_success_at` text,
	`last_error` text,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `tags` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`is_archived` integer DEFAULT false NOT NULL,
	`raw` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`first_name` text,
	`last_name` text,
	`email` text,
	`global_role` text,
	`is_enabled` integer DEFAULT true NOT NULL,
	`updated_at` text,
	`raw` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `webhook_events` (
	`webhook_action_id` text PRIMARY KEY NOT NULL,
	`action` text NOT NULL,
	`received_at` text NOT NULL,
	`body` text NOT NULL,
	`status` text NOT NULL,
	`error` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`applied_at` text
);
--> statement-breakpoint
CREATE INDEX `webhook_events_status_idx` ON `webhook_events` (`status`);