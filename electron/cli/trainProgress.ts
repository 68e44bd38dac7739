/** Renders training events in the terminal: a progress bar per epoch on a TTY, a line per epoch elsewhere. */
import cliProgress from 'cli-progress';
import type { TrainEvent } from '../../engine/core/train/protocol';
import { duration, fixed, percent } from './output';

const PLAIN_LINE_MS = 10_000;

export class TrainProgress {
  private bar: cliProgress.SingleBar | undefined;
  private readonly tty = Boolean(process.stderr.isTTY);
  private epochs = 0;
  private lastLine = Date.now();

  handle(event: TrainEvent): void {
    switch (event.type) {
      case 'compiled':
        this.epochs = event.epochs;
        process.stderr.write(
          `Backend: ${event.backend} (${event.backendDetail}). Dataset ${event.dataset.name}: ${event.dataset.train} train, ${event.dataset.validation} validation, ${event.dataset.test} test images. ${event.params.toLocaleString('en-US')} params.\n`,
        );
        return;
      case 'batchEnd':
        if (!this.tty) {
          // Logs and CI: a plain line every few seconds instead of a redrawn bar.
          if (Date.now() - this.lastLine < PLAIN_LINE_MS) return;
          this.lastLine = Date.now();
          process.stderr.write(
            `epoch ${event.epoch}/${this.epochs}: batch ${event.batch}/${event.batchesPerEpoch}, loss ${fixed(event.loss)}, ${event.imagesPerSecond.toFixed(0)} img/s, ETA ${duration(event.etaSeconds)}\n`,
          );
          return;
        }
        if (!this.bar) {
          this.bar = new cliProgress.SingleBar(
            {
              format: `epoch ${event.epoch}/${this.epochs} {bar} {value}/{total} | loss {loss} {metric} | {ips} img/s | ETA {eta}`,
              hideCursor: true,
              clearOnComplete: false,
            },
            cliProgress.Presets.shades_classic,
          );
          this.bar.start(event.batchesPerEpoch, 0);
        }
        this.bar.update(event.batch, {
          loss: fixed(event.loss),
          metric: event.mae !== null ? `mae ${fixed(event.mae)}` : `acc ${percent(event.accuracy)}`,
          ips: event.imagesPerSecond.toFixed(0),
          eta: duration(event.etaSeconds),
        });
        return;
      case 'epochEnd':
        this.bar?.stop();
        this.bar = undefined;
        process.stderr.write(
          event.mae !== null
            ? `epoch ${event.epoch}/${event.epochs}: loss ${fixed(event.loss)}, mae ${fixed(event.mae)}, val loss ${fixed(event.valLoss)}, val mae ${fixed(event.valMae)}, ${event.imagesPerSecond.toFixed(0)} img/s, ${duration(event.durationSeconds)}\n`
            : `epoch ${event.epoch}/${event.epochs}: loss ${fixed(event.loss)}, accuracy ${percent(event.accuracy)}, val loss ${fixed(event.valLoss)}, val accuracy ${percent(event.valAccuracy)}, ${event.imagesPerSecond.toFixed(0)} img/s, ${duration(event.durationSeconds)}\n`,
        );
        return;
      case 'skippedFiles': {
        const shown = event.files
          .slice(0, 3)
          .map(f => `${f.path} (${f.reason})`)
          .join('; ');
        this.note(
          `Skipped ${event.files.length} unreadable file${event.files.length === 1 ? '' : 's'} (${event.total} so far): ${shown}${event.files.length > 3 ? '; …' : ''}`,
        );
        return;
      }
      case 'status':
        this.note(event.phase === 'paused' ? 'paused' : 'resumed');
        return;
      default:
        return;
    }
  }

  note(text: string): void {
    this.bar?.stop();
    this.bar = undefined;
    process.stderr.write(`${text}\n`);
  }

  finish(): void {
    this.bar?.stop();
    this.bar = undefined;
  }
}
