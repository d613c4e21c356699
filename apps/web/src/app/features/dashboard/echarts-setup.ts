import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * Only the parts of ECharts the dashboard draws (tree-shaken, loaded with the route). SVG keeps the
 * small charts crisp and puts bars and labels in the DOM, where assistive tools and tests find them.
 */
echarts.use([BarChart, LineChart, GridComponent, TitleComponent, TooltipComponent, MarkLineComponent, SVGRenderer]);

export { echarts };
