// An async boundary: Module Federation settles the shared modules (React, Mantine, web-kit…)
// before anything imports them.
import('./bootstrap');
