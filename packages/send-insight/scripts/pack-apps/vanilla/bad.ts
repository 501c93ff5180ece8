import 'send-insight';

// a string where the element's minCount property takes a number: tsc must reject it
document.querySelector('send-deprivation-chart')!.minCount = 'ten';
