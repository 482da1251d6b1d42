import { Worker } from 'node:worker_threads';
import { PARSER_PATHS, WORKER_SOURCE } from './worker-source.js';

/**
 * Parsing off the main thread, for every format. pdf.js runs its "worker" in-process under Node and
 * parses synchronously, so a timer on the main thread cannot interrupt a hostile PDF (measured: a
 * 1 ms timeout never fired during a 2.5 s parse); the same holds for a zip bomb inside a .docx or
 * .odt. A real worker thread, with a heap cap, can be terminated instead: a bad file fails alone.
 */

/** What a worker can do: read text from one format, or render PDF pages to PNG for OCR. */
export type WorkerOp = 'pdf' | 'pdf-pages' | 'docx' | 'doc' | 'rtf' | 'odt';

type WorkerOutcome =
  | { ok: true; text: string; pages?: number; images?: Uint8Array[] }
  | { ok: false; reason: string; timedOut?: boolean };

interface Job {
  op: WorkerOp;
  data: Uint8Array;
  options?: Record<string, unknown>;
  timeoutMs: number;
  resolve: (outcome: WorkerOutcome) => void;
}

/** A small pool of reusable parser threads; a thread that times out or dies is replaced. */
export class ExtractWorkerPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private busy = 0;

  constructor(
    private readonly size = 1,
    private readonly maxHeapMb = 512,
  ) {}

  run(op: WorkerOp, bytes: Uint8Array, timeoutMs: number, options?: Record<string, unknown>): Promise<WorkerOutcome> {
    // A copy, transferred to the worker, so the caller's buffer is neither shared nor detached.
    const data = new Uint8Array(bytes);
    return new Promise((resolve) => {
      this.queue.push({ op, data, options, timeoutMs, resolve });
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
      this.runOn(this.idle.pop() ?? this.spawn(), job);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { paths: PARSER_PATHS },
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
    });
    // Idle threads must not keep a finished CLI process alive; the job timer holds it while busy.
    worker.unref();
    return worker;
  }

  private runOn(worker: Worker, job: Job): void {
    let settled = false;
    const finish = (outcome: WorkerOutcome, reusable: boolean) => {
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
    const onMessage = (outcome: WorkerOutcome) => finish(outcome, true);
    const onError = (error: Error) => finish({ ok: false, reason: `the parser crashed (${error.message})` }, false);
    const onExit = (code: number) => finish({ ok: false, reason: `the parser exited (code ${code})` }, false);
    const timer = setTimeout(
      () => finish({ ok: false, timedOut: true, reason: `text extraction timed out after ${job.timeoutMs} ms` }, false),
      job.timeoutMs,
    );
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage({ op: job.op, data: job.data, options: job.options }, [job.data.buffer as ArrayBuffer]);
  }
}
