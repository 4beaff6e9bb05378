import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vite';

const libs = path.resolve(import.meta.dirname, '../../libs');

/**
 * Vendor chunks, each under Vite's 500 kB warning: React, the rc-component primitives under Ant Design, Ant Design's
 * icons and styling runtime (with dayjs), its data components (tables, date pickers, menus), then the rest of Ant
 * Design. They change rarely, so browsers keep them cached across app releases.
 */
const VENDOR_CHUNKS = [
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 4 },
  { name: 'rc-component', test: /[\\/]node_modules[\\/]@rc-component[\\/]/, priority: 3 },
  { name: 'ant-design', test: /[\\/]node_modules[\\/](@ant-design|@emotion|dayjs)[\\/]/, priority: 3 },
  { name: 'antd-data', test: /[\\/]node_modules[\\/]antd[\\/]es[\\/](table|date-picker|descriptions|pagination|menu|dropdown|auto-complete|popconfirm)[\\/]/, priority: 3 },
  { name: 'antd', test: /[\\/]node_modules[\\/]antd[\\/]/, priority: 2 },
  // recharts and its dependencies (the dashboard's charts), apart from the rest of the vendor code.
  {
    name: 'charts',
    test: /[\\/]node_modules[\\/](recharts|victory-vendor|d3-[^\\/]+|@reduxjs|redux|react-redux|reselect|immer|es-toolkit|decimal\.js-light|eventemitter3|internmap|tiny-invariant|use-sync-external-store)[\\/]/,
    priority: 3,
  },
  { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 1 },
];

export default defineConfig({
  base: '/review/',
  plugins: [react()],
  resolve: {
    alias: {
      '@shifan/domain': path.resolve(libs, 'domain/src/index.ts'),
      '@shifan/ui': path.resolve(libs, 'ui/src/index.ts'),
    },
  },
  server: {
    port: 4300,
    proxy: { '/api': 'http://localhost:3000' },
  },
  preview: {
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: { codeSplitting: { groups: VENDOR_CHUNKS } },
    },
  },
});
