@echo off
rem Runs ucount from a checkout on Windows: builds target\ucount.jar with Maven when it is missing or older than
rem the sources, then runs it with the given arguments. The JVM options are those of scripts/ucount, which says why;
rem the first run after a build saves the class-data archive target\ucount.jsa that later runs map.
setlocal
set "HERE=%~dp0.."
set "JAR=%HERE%\target\ucount.jar"
set "JSA=%HERE%\target\ucount.jsa"
set "OPTS=-XX:+UseParallelGC -Xms688m -Xmn96m -XX:MaxTenuringThreshold=0 -XX:TieredStopAtLevel=1 -XX:Tier3BackEdgeThreshold=5000 -XX:ReservedCodeCacheSize=32m -Xlog:disable -Xlog:all=warning:stderr -Xlog:cds*=off:stderr"
set "STALE=1"
if exist "%JAR%" (
  for /f %%s in ('powershell -NoProfile -Command "$j=(Get-Item '%JAR%').LastWriteTime; $n=@(Get-ChildItem -Recurse -File '%HERE%\src\main','%HERE%\pom.xml' | Where-Object { $_.LastWriteTime -gt $j }).Count; Write-Output $n"') do set "STALE=%%s"
)
if not "%STALE%"=="0" (
  echo ucount: building %JAR% ^(mvn package^) ... 1>&2
  pushd "%HERE%"
  call mvn -B -q -DskipTests package 1>&2
  if errorlevel 1 ( popd & exit /b 1 )
  popd
  if exist "%JSA%" del "%JSA%"
)
if exist "%JSA%" (
  java %OPTS% -XX:SharedArchiveFile="%JSA%" %UCOUNT_JAVA_OPTS% -jar "%JAR%" %*
) else (
  java %OPTS% -XX:ArchiveClassesAtExit="%JSA%" %UCOUNT_JAVA_OPTS% -jar "%JAR%" %*
)
exit /b %ERRORLEVEL%
