/** Where the portal shows the notifications and their e-mail settings (Indonesian paths, as the rest). */
export const NOTIFICATIONS_PATH = '/notifikasi';
export const NOTIFICATION_SETTINGS_PATH = '/akun/notifikasi';
