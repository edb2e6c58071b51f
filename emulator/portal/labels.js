/**
 * The portal page's own texts (its labels, buttons, the user picker, the notices it writes), in English
 * and Russian. A real portal shows its page in its own language; the emulator has these two only, so
 * (decision, README "Languages") the page is Russian when the chosen portal language is `ru` and English
 * for every other one — the same rule as `textLang` in emulator/data/types.ts for the texts REST answers
 * carry (labels.spec.ts checks both agree). The app always receives the chosen code itself.
 *
 * index.html marks translatable elements with `data-label="key"` (text), `data-label-title="key"` and
 * `data-label-aria-label="key"` (attributes); `applyLabels` fills them on load and on every language
 * change. `{name}` in a text is a placeholder. Pure apart from `applyLabels`; types: labels.d.ts.
 */

export const LABELS = {
  en: {
    'header.signedInAs': 'Signed in as',
    'header.language': 'Language',
    'page.title': 'Application',
    'side.controls': 'Emulator controls',
    'placement.heading': 'Open the app at a placement',
    'placement.select': 'Placement',
    'placement.options': 'Placement options (JSON)',
    'placement.open': 'Open app',
    'placement.optionsNotJson': 'Options must be valid JSON, e.g. {"LINE":"1"}',
    'placement.optionsNotObject': 'Options must be a JSON object, e.g. {"LINE":"1"}',
    'app.heading': 'App',
    'app.install': 'Install',
    'app.uninstall': 'Uninstall',
    'app.uninstallDelete': 'Uninstall and delete data',
    'app.installing': 'The app is opened in install mode; what the last installation left is kept',
    'app.uninstalled': 'The app is uninstalled: its placements and connector are removed, its data is kept',
    'app.uninstalledDeleted': 'The app is uninstalled: its placements, connector and data are removed',
    'app.failed': 'App action failed: {error}',
    'faults.heading': 'Faults',
    'faults.latency': 'Added latency, ms',
    'faults.latencyApply': 'Apply latency',
    'faults.count': 'Next calls to fail',
    'faults.fail503': 'Fail with 503',
    'faults.fail429': 'Fail with 429',
    'faults.fail500': 'Fail with 500',
    'faults.drop': 'Drop next response',
    'faults.slowMs': 'Slow response, ms',
    'faults.slow': 'Slow next response',
    'faults.expireToken': 'Expire the token now',
    'faults.clear': 'Clear faults',
    'faults.stateActive': 'Active: {list}',
    'faults.stateNone': 'No faults active',
    'faults.partLatency': 'latency {ms} ms',
    'faults.partFail': '{count} × {status}',
    'faults.partDrop': 'drop {count}',
    'faults.partSlow': 'slow {count} × {ms} ms',
    'faults.latencySet': 'Latency set to {ms} ms',
    'faults.failSet': 'The next {count} REST calls fail with {status}',
    'faults.dropSet': 'The next REST response will be dropped',
    'faults.slowSet': 'The next REST response will take {ms} ms',
    'faults.expired': 'Every access token has expired',
    'faults.cleared': 'Faults cleared',
    'faults.switchFailed': 'Fault switch failed: {error}',
    'notices.heading': 'Notices',
    'picker.title': 'Select a user',
    'picker.titleMultiple': 'Select users',
    'picker.titleAccess': 'Select access',
    'picker.search': 'Search employees',
    'picker.ok': 'Select',
    'picker.cancel': 'Cancel',
    'picker.none': 'No employees found',
    'picker.showing': 'Showing {shown} of {total}',
    'picker.found': '{total} found',
    'picker.loadFailed': 'Could not load the employees',
    'user.unknown': 'User {id}',
    'query.user': 'user "{value}" is not a user id',
    'query.lang': 'lang "{value}" is not one of {allowed}',
    'query.placement': 'placement "{value}" is not a placement code',
    'query.options': 'options: {error}',
    'notice.ignored': 'Ignored {problem}',
    'notice.failed': '{reason}: {error}',
    'notice.signInFailed': 'Could not sign in',
    'notice.langFailed': 'Could not switch the language',
    'notice.placementFailed': 'Could not open the placement',
    'notice.reloadFailed': 'Reload failed',
    'notice.appOptionNotSaved': 'Application option not saved: {error}',
    'notice.userOptionNotSaved': 'User option not saved: {error}',
    'notice.installFinished': 'Installation finished; the application is reloaded',
    'notice.installNotFinished': 'Installation not finished: {error}',
    'notice.unsupported': 'Unsupported frame command: {command}',
    'notice.commandFailed': '{command} failed: {error}',
    'notice.noAppUrl': 'No application URL is configured for this emulator',
    'notice.startFailed': 'The portal page could not start: {error}',
    'notice.imOpenMessenger': 'Messenger opened: {dialogId}',
    'notice.imOpenHistory': 'Messenger history opened: {dialogId}',
    'notice.imVideoCallTo': 'Video call started: {userId}',
    'notice.imCallTo': 'Call started: {userId}',
    'notice.imPhoneTo': 'Phone call: {phone}',
    'notice.openPath': 'Portal page opened: {path}',
    'notice.openApplication': 'Application slider opened',
    'notice.closeApplication': 'Application closed',
    'notice.selectCRM': 'The CRM selector is not emulated: nothing selected'
  },
  ru: {
    'header.signedInAs': 'Вы вошли как',
    'header.language': 'Язык',
    'page.title': 'Приложение',
    'side.controls': 'Управление эмулятором',
    'placement.heading': 'Открыть приложение в месте встройки',
    'placement.select': 'Место встройки',
    'placement.options': 'Параметры встройки (JSON)',
    'placement.open': 'Открыть приложение',
    'placement.optionsNotJson': 'Параметры должны быть корректным JSON, например {"LINE":"1"}',
    'placement.optionsNotObject': 'Параметры должны быть объектом JSON, например {"LINE":"1"}',
    'app.heading': 'Приложение',
    'app.install': 'Установить',
    'app.uninstall': 'Удалить',
    'app.uninstallDelete': 'Удалить вместе с данными',
    'app.installing': 'Приложение открыто в режиме установки; то, что оставила прошлая установка, сохранено',
    'app.uninstalled': 'Приложение удалено: его встройки и коннектор убраны, данные сохранены',
    'app.uninstalledDeleted': 'Приложение удалено: его встройки, коннектор и данные убраны',
    'app.failed': 'Действие с приложением не выполнено: {error}',
    'faults.heading': 'Сбои',
    'faults.latency': 'Добавочная задержка, мс',
    'faults.latencyApply': 'Применить задержку',
    'faults.count': 'Сколько следующих вызовов сбоят',
    'faults.fail503': 'Сбой с кодом 503',
    'faults.fail429': 'Сбой с кодом 429',
    'faults.fail500': 'Сбой с кодом 500',
    'faults.drop': 'Оборвать следующий ответ',
    'faults.slowMs': 'Медленный ответ, мс',
    'faults.slow': 'Замедлить следующий ответ',
    'faults.expireToken': 'Просрочить токен сейчас',
    'faults.clear': 'Снять сбои',
    'faults.stateActive': 'Включено: {list}',
    'faults.stateNone': 'Сбоев нет',
    'faults.partLatency': 'задержка {ms} мс',
    'faults.partFail': '{count} × {status}',
    'faults.partDrop': 'обрыв {count}',
    'faults.partSlow': 'замедление {count} × {ms} мс',
    'faults.latencySet': 'Задержка: {ms} мс',
    'faults.failSet': 'Следующие вызовы REST ({count}) завершатся ошибкой {status}',
    'faults.dropSet': 'Следующий ответ REST будет оборван',
    'faults.slowSet': 'Следующий ответ REST придёт через {ms} мс',
    'faults.expired': 'Все токены доступа просрочены',
    'faults.cleared': 'Сбои сняты',
    'faults.switchFailed': 'Не удалось переключить сбой: {error}',
    'notices.heading': 'Уведомления',
    'picker.title': 'Выберите пользователя',
    'picker.titleMultiple': 'Выберите пользователей',
    'picker.titleAccess': 'Выберите доступ',
    'picker.search': 'Поиск сотрудников',
    'picker.ok': 'Выбрать',
    'picker.cancel': 'Отмена',
    'picker.none': 'Сотрудники не найдены',
    'picker.showing': 'Показано {shown} из {total}',
    'picker.found': 'Найдено: {total}',
    'picker.loadFailed': 'Не удалось загрузить сотрудников',
    'user.unknown': 'Пользователь {id}',
    'query.user': 'user "{value}" — не идентификатор пользователя',
    'query.lang': 'lang "{value}" — не из списка: {allowed}',
    'query.placement': 'placement "{value}" — не код места встройки',
    'query.options': 'options: {error}',
    'notice.ignored': 'Пропущено: {problem}',
    'notice.failed': '{reason}: {error}',
    'notice.signInFailed': 'Не удалось войти',
    'notice.langFailed': 'Не удалось переключить язык',
    'notice.placementFailed': 'Не удалось открыть место встройки',
    'notice.reloadFailed': 'Не удалось перезагрузить приложение',
    'notice.appOptionNotSaved': 'Параметр приложения не сохранён: {error}',
    'notice.userOptionNotSaved': 'Параметр пользователя не сохранён: {error}',
    'notice.installFinished': 'Установка завершена, приложение перезагружено',
    'notice.installNotFinished': 'Установка не завершена: {error}',
    'notice.unsupported': 'Неподдерживаемая команда фрейма: {command}',
    'notice.commandFailed': 'Команда {command} не выполнена: {error}',
    'notice.noAppUrl': 'Для этого эмулятора не задан адрес приложения',
    'notice.startFailed': 'Страница портала не запустилась: {error}',
    'notice.imOpenMessenger': 'Открыт мессенджер: {dialogId}',
    'notice.imOpenHistory': 'Открыта история мессенджера: {dialogId}',
    'notice.imVideoCallTo': 'Начат видеозвонок: {userId}',
    'notice.imCallTo': 'Начат звонок: {userId}',
    'notice.imPhoneTo': 'Звонок на телефон: {phone}',
    'notice.openPath': 'Открыта страница портала: {path}',
    'notice.openApplication': 'Открыт слайдер приложения',
    'notice.closeApplication': 'Приложение закрыто',
    'notice.selectCRM': 'Выбор из CRM не эмулируется: ничего не выбрано'
  }
}

/** The language of the page's texts for a portal language: `ru` → Russian, anything else → English. */
export function labelLang(portalLang) {
  return portalLang === 'ru' ? 'ru' : 'en'
}

/** The text of `key` for a portal language, placeholders filled; an unknown key answers itself. */
export function label(portalLang, key, vars = {}) {
  const text = LABELS[labelLang(portalLang)][key] ?? LABELS.en[key] ?? key
  return text.replace(/\{(\w+)\}/g, (whole, name) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole))
}

const ATTRIBUTES = [['data-label-title', 'title'], ['data-label-aria-label', 'aria-label']]

/** Fills every data-label* element of `doc` and sets `<html lang>` for a portal language. */
export function applyLabels(doc, portalLang) {
  doc.documentElement.lang = labelLang(portalLang)
  for (const el of doc.querySelectorAll('[data-label]')) el.textContent = label(portalLang, el.dataset.label)
  for (const [marker, attribute] of ATTRIBUTES) {
    for (const el of doc.querySelectorAll(`[${marker}]`)) el.setAttribute(attribute, label(portalLang, el.getAttribute(marker)))
  }
}
