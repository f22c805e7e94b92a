import type { Namespace, Texts } from '../texts';

/*
 * Every text main shows by itself (menus, native dialogs, file-type filters). The page translates
 * its own texts; these are the ones no page can reach.
 */

const en = {
  app: {
    about: 'About {{app}}',
    services: 'Services',
    hide: 'Hide {{app}}',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    quit: 'Quit {{app}}',
    exit: 'Exit',
  },
  menu: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
  },
  file: {
    new: 'New',
    open: 'Open…',
    openRecent: 'Open Recent',
    noRecent: 'No Recent Files',
    clearRecent: 'Clear Menu',
    save: 'Save',
    saveAs: 'Save As…',
    exportCsv: 'Export as CSV…',
    exportXlsx: 'Export as Excel Workbook…',
    exportFormulas: 'Export Workbook with Formulas…',
    printPdf: 'Export PDF Report…',
    close: 'Close Window',
  },
  edit: {
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    pasteAndMatchStyle: 'Paste and Match Style',
    delete: 'Delete',
    selectAll: 'Select All',
  },
  view: {
    reload: 'Reload',
    devTools: 'Toggle Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Toggle Full Screen',
  },
  window: {
    minimize: 'Minimize',
    zoom: 'Zoom',
    front: 'Bring All to Front',
  },
  unsaved: {
    message: 'Do you want to save the changes you made to “{{title}}”?',
    detail: 'Your changes will be lost if you don’t save them.',
    save: 'Save',
    discard: 'Don’t Save',
    cancel: 'Cancel',
  },
  dialog: {
    open: 'Open Scenario',
    save: 'Save Scenario',
    export: 'Export',
    pdf: 'Save as PDF',
  },
  pdf: {
    saved: 'Saved the report “{{file}}”.',
    open: 'Open it now',
    close: 'Close',
  },
  filter: {
    scenario: 'Yardstick scenario',
    csv: 'CSV (comma-separated values)',
    xlsx: 'Excel workbook',
    pdf: 'PDF document',
  },
} as const;

const zhCN: Texts<typeof en> = {
  app: {
    about: '关于 {{app}}',
    services: '服务',
    hide: '隐藏 {{app}}',
    hideOthers: '隐藏其他',
    showAll: '全部显示',
    quit: '退出 {{app}}',
    exit: '退出',
  },
  menu: {
    file: '文件',
    edit: '编辑',
    view: '视图',
    window: '窗口',
    help: '帮助',
  },
  file: {
    new: '新建',
    open: '打开…',
    openRecent: '最近打开',
    noRecent: '无最近文件',
    clearRecent: '清除菜单',
    save: '保存',
    saveAs: '另存为…',
    exportCsv: '导出为 CSV…',
    exportXlsx: '导出为 Excel 工作簿…',
    exportFormulas: '导出含公式的测算工作簿…',
    printPdf: '导出 PDF 报告…',
    close: '关闭窗口',
  },
  edit: {
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    pasteAndMatchStyle: '粘贴并匹配样式',
    delete: '删除',
    selectAll: '全选',
  },
  view: {
    reload: '重新加载',
    devTools: '切换开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullScreen: '切换全屏',
  },
  window: {
    minimize: '最小化',
    zoom: '缩放',
    front: '前置全部窗口',
  },
  unsaved: {
    message: '是否保存对“{{title}}”所做的更改？',
    detail: '如果不保存，您的更改将会丢失。',
    save: '保存',
    discard: '不保存',
    cancel: '取消',
  },
  dialog: {
    open: '打开方案',
    save: '保存方案',
    export: '导出',
    pdf: '另存为 PDF',
  },
  pdf: {
    saved: '报告“{{file}}”已保存。',
    open: '立即打开',
    close: '关闭',
  },
  filter: {
    scenario: 'Yardstick 方案',
    csv: 'CSV（逗号分隔值）',
    xlsx: 'Excel 工作簿',
    pdf: 'PDF 文档',
  },
};

export const menuTexts: Namespace<typeof en> = { en, 'zh-CN': zhCN };
