// Chart.js with only the controllers a scatter, bubble, bar and radar chart need.
import {
  BarController,
  BarElement,
  BubbleController,
  CategoryScale,
  Chart,
  Filler,
  LinearScale,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  ScatterController,
  Tooltip,
} from 'chart.js';
Chart.register(
  ScatterController,
  BubbleController,
  BarController,
  RadarController,
  LinearScale,
  CategoryScale,
  RadialLinearScale,
  PointElement,
  BarElement,
  LineElement,
  Filler,
  Tooltip,
);
export { Chart };
