// Renderer: uPlot and its stylesheet, in a chunk of their own: fetched when a chart is first drawn.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export default uPlot;
