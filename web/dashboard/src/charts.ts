import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type Plugin,
} from 'chart.js';
import type { Count } from './types';
import { formatInteger, SUPPRESSED_TEXT } from './format';

// Only the pieces used here are registered, so the bundle carries only them (Chart.js is tree-shakable).
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
Chart.defaults.color = '#33404d';
// No animation: figures appear at once, screenshots are stable, and nothing moves for people who get motion-sick.
Chart.defaults.animation = false;

const SUPPRESSED_FILL = 'rgba(120, 130, 140, 0.14)';
const SUPPRESSED_INK = '#5d6b78';

/**
 * Suppressed values are plotted as gaps (null), never as zero; this marks each gap's column with a grey band and,
 * where there is room, the word "suppressed", so a missing bar is not mistaken for an empty one.
 */
function suppressedColumns(suppressed: boolean[], withText: boolean): Plugin {
  return {
    id: 'suppressedColumns',
    beforeDatasetsDraw(chart) {
      const x = chart.scales.x;
      const area = chart.chartArea;
      if (!x) return;
      const step = suppressed.length > 1 ? Math.abs(x.getPixelForValue(1) - x.getPixelForValue(0)) : area.right - area.left;
      const { ctx } = chart;
      ctx.save();
      suppressed.forEach((isSuppressed, index) => {
        if (!isSuppressed) return;
        const centre = x.getPixelForValue(index);
        ctx.fillStyle = SUPPRESSED_FILL;
        ctx.fillRect(centre - step * 0.45, area.top, step * 0.9, area.bottom - area.top);
        ctx.font = `italic 12px ${Chart.defaults.font.family}`;
        if (withText && ctx.measureText(SUPPRESSED_TEXT).width < step * 0.85) {
          ctx.fillStyle = SUPPRESSED_INK;
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          ctx.fillText(SUPPRESSED_TEXT, centre, area.bottom - 6);
        }
      });
      ctx.restore();
    },
  };
}

function plotted(count: Count): number | null {
  return count.suppressed ? null : count.value;
}

/** The plotted series, on the canvas for tests and scrapers: a suppressed value must be null there, never 0. */
function exposeSeries(canvas: HTMLCanvasElement, series: (number | null)[][]): void {
  canvas.dataset.series = JSON.stringify(series);
}

const integerAxis = {
  beginAtZero: true,
  ticks: { precision: 0, callback: (value: string | number) => formatInteger(Number(value)) },
};

export function bandsChart(canvas: HTMLCanvasElement, bands: { label: string; count: Count }[]): Chart {
  const suppressed = bands.map((b) => b.count.suppressed);
  const households = bands.map((b) => plotted(b.count));
  exposeSeries(canvas, [households]);
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: bands.map((b) => b.label),
      datasets: [
        {
          label: 'Households',
          data: households,
          backgroundColor: ['#7a1f2b', '#b5523b', '#d99a4e', '#8aa9b8'],
          borderRadius: 3,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (item) => (item.raw == null ? SUPPRESSED_TEXT : `${formatInteger(Number(item.raw))} households`),
          },
        },
      },
      scales: {
        x: { title: { display: true, text: 'Poverty score band (lower is poorer)' }, grid: { display: false } },
        y: { ...integerAxis, title: { display: true, text: 'Households' } },
      },
    },
    plugins: [suppressedColumns(suppressed, true)],
  });
}

export function monthlyChart(
  canvas: HTMLCanvasElement,
  months: { label: string; registrations: Count; surveys: Count }[],
): Chart {
  const suppressed = months.map((m) => m.registrations.suppressed || m.surveys.suppressed);
  const registrations = months.map((m) => plotted(m.registrations));
  const surveys = months.map((m) => plotted(m.surveys));
  exposeSeries(canvas, [registrations, surveys]);
  return new Chart(canvas, {
    type: 'line',
    data: {
      labels: months.map((m) => m.label),
      datasets: [
        {
          label: 'Registrations',
          data: registrations,
          borderColor: '#1f5f8b',
          backgroundColor: '#1f5f8b',
          spanGaps: false,
          pointRadius: 3,
        },
        {
          label: 'Surveys',
          data: surveys,
          borderColor: '#c26a1b',
          backgroundColor: '#c26a1b',
          borderDash: [6, 3],
          spanGaps: false,
          pointRadius: 3,
          pointStyle: 'rectRot',
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true } },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label}: ${item.raw == null ? SUPPRESSED_TEXT : formatInteger(Number(item.raw))}`,
          },
        },
      },
      scales: {
        // offset: the first and last months sit half a column in, not on the axes, so a lone point stays visible.
        x: { offset: true, grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 12 } },
        y: { ...integerAxis, title: { display: true, text: 'Registrations / surveys' } },
      },
    },
    plugins: [suppressedColumns(suppressed, false)],
  });
}
