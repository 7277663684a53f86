# Builds the Windows installer (.msi): runs installer/build.sh in Git Bash, which does the
# same steps on every OS (mvn package, jdeps, jlink, jpackage).
# Needs: JDK 17 (with jpackage) and Maven on PATH, WiX Toolset 3.x (candle.exe, light.exe) on
# PATH, and Git for Windows (for bash). Run from any folder:
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1
$ErrorActionPreference = "Stop"
$root = Split-Path -Parent $PSScriptRoot

if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue)) {
    $wix = Get-ChildItem "${env:ProgramFiles(x86)}\WiX Toolset v3*\bin" -ErrorAction SilentlyContinue | Select-Object -First 1
    if (-not $wix) { throw "WiX Toolset 3 not found: install it from https://wixtoolset.org (v3.14) and add its bin folder to PATH." }
    $env:PATH = "$($wix.FullName);$env:PATH"
}

# Git's own bash, not WSL's bash.exe in System32 (that one cannot see this JDK or WiX).
$bash = Join-Path $env:ProgramFiles "Git\bin\bash.exe"
if (-not (Test-Path $bash)) { throw "Git Bash not found at $bash: install Git for Windows (https://git-scm.com)." }

Push-Location $root
try {
    & $bash installer/build.sh
    if ($LASTEXITCODE -ne 0) { throw "installer/build.sh failed with exit code $LASTEXITCODE" }
} finally {
    Pop-Location
}
