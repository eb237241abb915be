import { Controller, Get, Header, Inject, UseGuards } from '@nestjs/common';
import { MetricsAccessGuard } from './metrics-access.guard';
import { Metrics } from './metrics';

@Controller()
export class MetricsController {
  constructor(@Inject(Metrics) private readonly metrics: Metrics) {}

  @Get('metrics')
  @UseGuards(MetricsAccessGuard)
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
