import 'send-insight';
import type {} from 'send-insight/react';

// a number where the heading takes a string: tsc must reject it
export const Bad = () => <send-outcomes-radar heading={42} />;
