import { useEffect, useRef } from 'react';
import type { ChartSpec } from './chartOption.js';

/** An echarts chart of a result (echarts loads on first use). */
export function ResultChart({
  spec,
  label,
  formatCategory,
}: {
  readonly spec: ChartSpec;
  readonly label: string;
  readonly formatCategory?: (c: string) => string;
}) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { dispose: () => void; resize: () => void } | undefined;
    const onResize = () => chart?.resize();
    void import('./echartsSetup.js').then(({ echarts }) => {
      if (disposed || !el.current) return;
      const c = echarts.init(el.current);
      chart = c;
      c.setOption({
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: spec.series.length > 1 ? { type: 'scroll' } : undefined,
        grid: { left: 48, right: 16, top: spec.series.length > 1 ? 32 : 12, bottom: 56 },
        xAxis: {
          type: 'category',
          data: spec.categories.map((c2) => (formatCategory ? formatCategory(c2) : c2)),
          axisLabel: { hideOverlap: true },
        },
        yAxis: { type: 'value' },
        series: spec.series.map((s) => ({
          name: s.name,
          type: spec.kind,
          data: s.data,
          showSymbol: false,
        })),
      });
      window.addEventListener('resize', onResize);
    });
    return () => {
      disposed = true;
      window.removeEventListener('resize', onResize);
      chart?.dispose();
    };
  }, [spec, formatCategory]);
  return <div ref={el} className="chart" role="img" aria-label={label} />;
}
