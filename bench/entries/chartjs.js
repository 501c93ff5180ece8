// Chart.js with only the controllers a scatter, bar and radar chart need.
import { BarController, BarElement, CategoryScale, Chart, Filler, LinearScale, LineElement, PointElement, RadarController, RadialLinearScale, ScatterController, Tooltip } from 'chart.js';
Chart.register(ScatterController, BarController, RadarController, LinearScale, CategoryScale, RadialLinearScale, PointElement, BarElement, LineElement, Filler, Tooltip);
export { Chart };
