ALTER TABLE `files` ADD `format` text;
--> statement-breakpoint
-- One-time backfill on upgrade: Word, RTF and OpenDocument resumes were recorded as failed with
-- "… not supported …; only PDF and plain text are". Queue them again so the next sync reads them.
UPDATE `files` SET `status` = 'pending', `attempts` = 0, `error` = NULL, `extracted_at` = NULL
  WHERE `status` = 'failed' AND `error` LIKE 'file_extraction_failed:%only PDF and plain text are%';
--> statement-breakpoint
-- Image-only PDFs were recorded as read, with no text: queue them so they are recorded as no_text_layer (and OCR'd when tesseract is installed).
UPDATE `files` SET `status` = 'pending', `attempts` = 0, `extracted_at` = NULL
  WHERE `status` = 'ok' AND trim(coalesce(`text`, '')) = '';
--> statement-breakpoint
-- Before this change only PDFs and plain text were read.
UPDATE `files` SET `format` = CASE
    WHEN lower(`name`) GLOB '*.txt' OR lower(`name`) GLOB '*.text' OR lower(`name`) GLOB '*.md' OR lower(`name`) GLOB '*.markdown' OR lower(`name`) GLOB '*.csv' THEN 'text'
    ELSE 'pdf' END
  WHERE `status` = 'ok';
