// Highcharts with highcharts-more (bubble series) and the boost module, loaded last as its
// documentation asks. Bundled only when the person running the bench has installed Highcharts
// (see bench/README.md): it is not a dependency of this repository.
import Highcharts from 'highcharts/esm/highcharts.js';
import 'highcharts/esm/highcharts-more.js';
import 'highcharts/esm/modules/boost.js';
export { Highcharts };
