import { logger } from '../../shared/logger.js';
import type { Db } from '../../store/db.js';
import type { AshbyCaller } from './ashby-caller.js';
import { ocrImageOnlyFiles, type FileProcessing } from './sync-files.js';

/**
 * OCR of image-only PDFs for a long-running server: started after each sync, never alongside
 * itself, and never in the sync's path, so `serve` is ready (and stays responsive) while tesseract
 * reads scans at ~10 s a page. `stop()` stops before the next file and waits for the current one.
 */
export class BackgroundOcr {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly client: AshbyCaller,
    private readonly files: FileProcessing | null,
    private readonly onRead?: () => void,
  ) {}

  /** Read waiting scans now (or right after the pass under way). No-op without an OCR engine. */
  kick(): void {
    if (!this.files?.ocr || this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.pass().finally(() => {
      this.running = null;
      if (this.again && !this.stopped) {
        this.again = false;
        this.kick();
      }
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  private async pass(): Promise<void> {
    try {
      const result = await ocrImageOnlyFiles(this.db, this.client, this.files!, { now: () => new Date().toISOString(), shouldStop: () => this.stopped });
      if (result.ok + result.failed > 0) logger.info(result, 'image-only PDFs read by OCR');
      if (result.ok > 0) this.onRead?.();
    } catch (error) {
      logger.warn({ err: (error as Error).message }, 'background OCR failed');
    }
  }
}
