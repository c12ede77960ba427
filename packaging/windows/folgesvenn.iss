; Følgesvenn – per-machine installer for managed Windows PCs (Inno Setup 6.3 or newer).
;
; Built by .github/workflows/release.yml after PyInstaller (see docs/deployment.md):
;   iscc /DAppVersion=0.1.0 packaging\windows\folgesvenn.iss
; Paths default to the repository layout: dist\Følgesvenn (the one-folder bundle) and
; build\icons (made by packaging\make_icons.py); override with /DSourceDir=... /DIconDir=...
;
; Silent install for IT (per machine, needs administrator rights):
;   Folgesvenn-Setup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="C:\Windows\Temp\folgesvenn-install.log"
;   optional: /CONFIG="\\server\share\folgesvenn\config.toml"  copies the machine-wide settings
;             /DIR="D:\Programs\Følgesvenn"                    another install folder (first install only)
;             /MERGETASKS="desktopicon"                        also a desktop shortcut
; Silent uninstall (leaves every user's data; add /PURGEUSERDATA=1 to delete the data of the
; account that runs the uninstaller):
;   "C:\Program Files\Følgesvenn\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;
; Upgrades: run a newer installer the same way. AppId below finds the old installation, the
; running app is closed through the Restart Manager, the program folder is replaced and the
; users' data (%LOCALAPPDATA%\Companion) and the machine settings stay untouched.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=x.y.z folgesvenn.iss
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Følgesvenn"
#endif
#ifndef IconDir
  #define IconDir "..\..\build\icons"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist\installer"
#endif
#define AppName "Følgesvenn"
#define AppExe "Følgesvenn.exe"

[Setup]
; Never change AppId: it is how an upgrade finds the installed version.
AppId={{6F1C2E84-3B5D-4C1A-9E57-2D8B0F4A7C31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Følgesvenn
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=Folgesvenn-Setup-{#AppVersion}
SetupIconFile={#IconDir}\folgesvenn.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
SetupLogging=yes
ShowLanguageDialog=no
; Close a running Følgesvenn before replacing its files (also in silent mode); the app saves
; everything as the user types, so closing it loses nothing.
CloseApplications=yes
CloseApplicationsFilter=*.exe,*.dll,*.pyd
RestartApplications=no

[Languages]
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"

[CustomMessages]
nb.DesktopIcon=Lag snarvei på skrivebordet
nb.StartApp=Start Følgesvenn nå
nb.ConfigMissing=Finner ikke innstillingsfilen %1 (parameteren /CONFIG). Ingenting er installert. Sjekk stien og prøv igjen.
nb.PurgeQuestion=Vil du også slette dine lokale data i Følgesvenn (saker, opplæring, innstillinger og logger)?%n%n%1%n%nVelg Nei for å beholde dem, for eksempel før en ny installasjon.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle, so files from the old version never linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; Machine-wide settings from /CONFIG=...; IT owns this file, so uninstall leaves it.
Source: "{param:CONFIG|}"; DestDir: "{commonappdata}\Companion"; DestName: "config.toml"; Flags: external ignoreversion uninsneveruninstall; Check: ConfigGiven

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:StartApp}"; Flags: nowait postinstall skipifsilent runasoriginaluser

[UninstallDelete]
; Python may leave caches next to the migrations; the program folder goes completely.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function ConfigParam(): String;
begin
  Result := Trim(ExpandConstant('{param:CONFIG|}'));
end;

function ConfigGiven(): Boolean;
begin
  Result := ConfigParam() <> '';
end;

function InitializeSetup(): Boolean;
begin
  Result := True;
  if ConfigGiven() and not FileExists(ConfigParam()) then
  begin
    SuppressibleMsgBox(FmtMessage(CustomMessage('ConfigMissing'), [ConfigParam()]), mbCriticalError, MB_OK, IDOK);
    Result := False;
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Data: String;
  Purge: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  { Per-user data lives in each user's profile; only the account running the uninstaller is
    reachable here. docs/deployment.md shows how IT removes it for everyone. }
  Data := ExpandConstant('{localappdata}\Companion');
  if not DirExists(Data) then
    exit;
  if UninstallSilent() then
    Purge := ExpandConstant('{param:PURGEUSERDATA|0}') = '1'
  else
    Purge := MsgBox(FmtMessage(CustomMessage('PurgeQuestion'), [Data]), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if Purge then
  begin
    Log('Deleting user data in ' + Data);
    DelTree(Data, True, True, True);
  end
  else
    Log('Keeping user data in ' + Data);
end;
