import type { NextFunction, Request, Response } from 'express';

/** Request counters for /metrics in Prometheus text format; no labels that carry personal data. */
export class Metrics {
  private requests = new Map<string, number>();
  private durationSum = 0;
  private durationCount = 0;

  middleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const start = process.hrtime.bigint();
      res.on('finish', () => {
        const area = req.path.startsWith('/trpc')
          ? 'trpc'
          : req.path.startsWith('/assets')
            ? 'assets'
            : 'page';
        const key = `area="${area}",status="${Math.floor(res.statusCode / 100)}xx"`;
        this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
        this.durationSum += Number(process.hrtime.bigint() - start) / 1e9;
        this.durationCount++;
      });
      next();
    };
  }

  render(): string {
    const lines = ['# TYPE bangfu_http_requests_total counter'];
    for (const [k, v] of this.requests) lines.push(`bangfu_http_requests_total{${k}} ${v}`);
    lines.push('# TYPE bangfu_http_request_seconds summary');
    lines.push(`bangfu_http_request_seconds_sum ${this.durationSum}`);
    lines.push(`bangfu_http_request_seconds_count ${this.durationCount}`);
    const mem = process.memoryUsage();
    lines.push('# TYPE bangfu_process_resident_bytes gauge', `bangfu_process_resident_bytes ${mem.rss}`);
    return `${lines.join('\n')}\n`;
  }
}
