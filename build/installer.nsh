; Included by electron-builder's NSIS script (build/installer.nsh is its default "include").
; The uninstaller keeps the user's workspace, backups and logs unless the user asks, in this dialog,
; to delete them too. An update (which runs the old uninstaller) and a silent uninstall (/S) always
; keep them: the MessageBox answers "No" when silent.

!macro customUnInstall
  ${ifNot} ${isUpdated}
    SetShellVarContext current
    MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 \
      "是否同时删除本机上的工作区、备份和日志（$APPDATA\${PRODUCT_NAME}）？$\r$\n选择“否”将保留这些数据，重新安装后可继续使用。$\r$\n$\r$\nAlso delete the workspace, backups and logs on this computer ($APPDATA\${PRODUCT_NAME})?$\r$\nChoose No to keep them for a later reinstall." \
      /SD IDNO IDNO keepUserData
      RMDir /r "$APPDATA\${PRODUCT_NAME}"
    keepUserData:
  ${endIf}
!macroend
