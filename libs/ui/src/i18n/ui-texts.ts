import type { LocalizedText } from '@shifan/domain';

/** The strings of the shared parts (shell, language switch, API errors, service status). */
export const UI_TEXTS = {
  portalName: { zh: '武汉市“中国制造2025”试点示范申报平台', en: 'Wuhan Made in China 2025 Demonstration Portal' },
  bureau: { zh: '武汉市经济和信息化局', en: 'Wuhan Municipal Bureau of Economy and Information Technology' },
  switchLanguageHint: { zh: '切换为英文界面', en: 'Switch to Chinese' },
  serviceStatus: { zh: '服务状态：', en: 'Service status:' },
  serviceOk: { zh: '正常', en: 'OK' },
  serviceUnavailable: { zh: '异常', en: 'unavailable' },
  serviceChecking: { zh: '正在检查服务状态', en: 'Checking the service' },
  requestIdLabel: { zh: '请求编号：', en: 'Request ID: ' },
  networkError: {
    zh: '无法连接服务器，请检查网络后重试',
    en: 'Could not reach the server; check your connection and try again',
  },
  unexpectedResponse: {
    zh: '服务器返回了无法识别的响应',
    en: 'The server sent a response that could not be read',
  },
} as const satisfies Record<string, LocalizedText>;
