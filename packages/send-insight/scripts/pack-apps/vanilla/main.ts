import 'send-insight';
import type { SendRenderEvent } from 'send-insight';

const chart = document.querySelector('send-deprivation-chart');
if (!chart) throw new Error('no <send-deprivation-chart> on the page');
chart.minCount = 10;
chart.addEventListener('send-render', (event: SendRenderEvent) => {
  document.getElementById('summary')!.textContent = event.detail.summary;
});
chart.data = Array.from({ length: 10 }, (_, i) => ({
  imd_decile: i + 1,
  pupils: 2000 - i * 100,
  sen_support: 330 - i * 20,
  ehc_plan: 90 - i * 5,
}));
