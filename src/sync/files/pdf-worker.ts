import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * PDF parsing off the main thread. pdf.js runs its "worker" in-process under Node and does its
 * parsing synchronously, so a timer on the main thread cannot interrupt a hostile PDF (measured: a
 * 1 ms timeout never fired during a 2.5 s parse). A real worker thread can be terminated instead.
 */

export type PdfOutcome = { ok: true; text: string; pages: number } | { ok: false; reason: string; timedOut?: boolean };

// CommonJS source, evaluated in the worker, so it runs the same from src/ under vitest and from dist/.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { PDFParse } = require(workerData.pdfParsePath);
parentPort.on('message', async ({ data }) => {
  const parser = new PDFParse({ data, verbosity: 0, isEvalSupported: false });
  try {
    const result = await parser.getText();
    parentPort.postMessage({ ok: true, text: result.text, pages: result.total });
  } catch (error) {
    const name = error && error.name;
    const message = String((error && error.message) || error).replace(/\\.$/, '');
    parentPort.postMessage({ ok: false, reason: name === 'PasswordException' ? 'it is password-protected' : message });
  } finally {
    parser.destroy().catch(() => {});
  }
});
`;

const pdfParsePath = createRequire(import.meta.url).resolve('pdf-parse');

interface Job {
  data: Uint8Array;
  timeoutMs: number;
  resolve: (outcome: PdfOutcome) => void;
}

/** A small pool of reusable parser threads; a thread that times out or dies is replaced. */
export class PdfWorkerPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private busy = 0;

  constructor(
    private readonly size = 1,
    private readonly maxHeapMb = 512,
  ) {}

  parse(bytes: Uint8Array, timeoutMs: number): Promise<PdfOutcome> {
    // A copy, transferred to the worker, so the caller's buffer is neither shared nor detached.
    const data = new Uint8Array(bytes);
    return new Promise((resolve) => {
      this.queue.push({ data, timeoutMs, resolve });
      this.pump();
    });
  }

  /** Stop every idle thread (busy ones finish or time out first). */
  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((w) => w.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0 && this.busy < this.size) {
      const job = this.queue.shift()!;
      this.busy++;
      this.run(this.idle.pop() ?? this.spawn(), job);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { pdfParsePath },
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
    });
    // Idle threads must not keep a finished CLI process alive; the job timer holds it while busy.
    worker.unref();
    return worker;
  }

  private run(worker: Worker, job: Job): void {
    let settled = false;
    const finish = (outcome: PdfOutcome, reusable: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (reusable) this.idle.push(worker);
      else void worker.terminate();
      this.busy--;
      job.resolve(outcome);
      this.pump();
    };
    const onMessage = (outcome: PdfOutcome) => finish(outcome, true);
    const onError = (error: Error) => finish({ ok: false, reason: `the parser crashed (${error.message})` }, false);
    const onExit = (code: number) => finish({ ok: false, reason: `the parser exited (code ${code})` }, false);
    const timer = setTimeout(
      () => finish({ ok: false, timedOut: true, reason: `text extraction timed out after ${job.timeoutMs} ms` }, false),
      job.timeoutMs,
    );
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage({ data: job.data }, [job.data.buffer as ArrayBuffer]);
  }
}
