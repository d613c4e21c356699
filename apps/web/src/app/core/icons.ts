import { HomeOutline, IdcardOutline, LockOutline, LogoutOutline, SettingOutline, TeamOutline, UserOutline } from '@ant-design/icons-angular/icons';

/** Every icon the app shows, bundled: nothing is fetched (closed network, CSP 'self'). */
export const APP_ICONS = [HomeOutline, IdcardOutline, LockOutline, LogoutOutline, SettingOutline, TeamOutline, UserOutline];
