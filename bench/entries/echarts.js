// ECharts core with only scatter, bar and radar and the canvas renderer.
import * as echarts from 'echarts/core';
import { BarChart, RadarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
echarts.use([ScatterChart, BarChart, RadarChart, GridComponent, RadarComponent, TooltipComponent, CanvasRenderer]);
export { echarts };
